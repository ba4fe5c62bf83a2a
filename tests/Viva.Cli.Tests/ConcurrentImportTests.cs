using System.Net.Http;
using System.Text.Json;

namespace Viva.Cli.Tests;

/// <summary>The same file imported from the command line and through the web app at the same moment, over one bank.</summary>
public sealed class ConcurrentImportTests
{
    private const string Notes = """
        # Quokka statistics

        ## What is a quokka confidence band?

        A band that holds the quokka curve 95% of the time.

        ## What is a quokka p-value?

        The chance of quokka data this extreme under the null.

        ## Why resample quokkas?

        To see how the estimate varies.
        """;

    [Fact]
    public async Task Should_Store_One_Cluster_Per_Question_When_The_Cli_And_The_Web_App_Import_The_Same_File_At_Once()
    {
        // Given: viva serve on the bank, and the file on disk
        using var runner = new VivaRunner();
        var file = runner.Write("quokka.md", Notes);
        var port = FreePort();
        using var cancel = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Path.Combine(runner.Home, "data"), TimeProvider.System, new StringReader(""));
        var serving = VivaApp.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}"], context, cancel.Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(3) };
        Assert.True(await AnswersAsync(client, serving), $"no answer from viva serve; stderr: {error}");

        // When: both imports start together
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", "quokka.md" } };
        var web = client.PostAsync("/api/import", form);
        var cli = runner.RunAsync("import", file);
        var (response, (code, _, cliError)) = (await web, await cli);

        // Then: every question stored, each in one cluster
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal((0, ""), (code, cliError));
        var list = JsonDocument.Parse((await runner.RunAsync("list", "--source", "quokka", "--json")).Out).RootElement.GetProperty("questions");
        Assert.Equal(3, list.GetArrayLength());
        Assert.Equal(3, list.EnumerateArray().Select(q => q.GetProperty("cluster").GetString()).Distinct().Count());
        await cancel.CancelAsync();
        Assert.Equal(0, await serving);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AnswersAsync(HttpClient client, Task serving)
    {
        for (var i = 0; i < 120 && !serving.IsCompleted; i++)
        {
            try
            {
                return await client.GetStringAsync("/health") == "ok";
            }
            catch (HttpRequestException)
            {
                await Task.Delay(500);
            }
        }

        return false;
    }
}
