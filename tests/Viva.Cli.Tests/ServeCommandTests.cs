using System.Net.Http;

namespace Viva.Cli.Tests;

/// <summary><c>viva serve</c> starts the web app beside <c>viva</c> over the same home folder.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Should_Serve_The_Web_App_Until_Cancelled()
    {
        // Given
        using var runner = new VivaRunner();
        var port = FreePort();
        using var cancel = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Path.Combine(runner.Home, "data"), TimeProvider.System, new StringReader(""));

        // When
        var serving = VivaApp.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}"], context, cancel.Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        string? health = null;
        for (var i = 0; i < 120 && health is null && !serving.IsCompleted; i++)
        {
            try
            {
                health = await client.GetStringAsync("/health");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(500);
            }
        }

        var next = health is null ? "" : await client.GetStringAsync("/api/practice/next");
        await cancel.CancelAsync();
        var code = await serving;

        // Then
        Assert.True(health == "ok", $"no answer from viva serve; stderr: {error}");
        Assert.Contains("\"card_id\"", next, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(runner.Home, "data", "viva.db")));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
