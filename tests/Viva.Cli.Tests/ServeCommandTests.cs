using System.Diagnostics;
using System.Net.Http;
using Viva.Storage.Postgres;
using Viva.Storage.Tests.Support;

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

    [PostgresFact]
    public async Task Should_Serve_Accounts_Over_A_PostgreSQL_Bank()
    {
        // Given: an empty PostgreSQL schema
        using var runner = new VivaRunner();
        var server = TestPostgres.CreateSchema();
        var port = FreePort();
        using var cancel = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Path.Combine(runner.Home, "data"), TimeProvider.System, new StringReader(""));
        try
        {
            // When
            var serving = VivaApp.RunAsync(["serve", "--accounts", "--db", server, "--urls", $"http://127.0.0.1:{port}"], context, cancel.Token);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var answered = false;
            for (var i = 0; i < 120 && !answered && !serving.IsCompleted; i++)
            {
                try
                {
                    answered = await client.GetStringAsync("/health") == "ok";
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }

            var api = answered ? (await client.GetAsync("/api/questions")).StatusCode : default;
            var login = answered ? (await client.GetAsync("/account/login")).StatusCode : default;
            await cancel.CancelAsync();
            var code = await serving;

            // Then: the API wants a login, and the bank (the curated questions loaded at start) is in PostgreSQL, not in the home folder
            Assert.True(answered, $"no answer from viva serve --accounts over PostgreSQL; stderr: {error}");
            Assert.Equal((System.Net.HttpStatusCode.Unauthorized, System.Net.HttpStatusCode.OK), (api, login));
            Assert.Equal(0, code);
            using var bank = await PostgresQuestionStore.OpenAsync(server);
            Assert.NotEmpty(await bank.GetAllAsync());
            Assert.Equal(0, await bank.CountUsersAsync());
            Assert.False(File.Exists(Path.Combine(runner.Home, "data", "viva.db")));
        }
        finally
        {
            TestPostgres.DropSchema(server);
        }
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:5080")]
    [InlineData("--urls", "http://192.168.1.20:5080;http://127.0.0.1:5080", "--accounts")]
    [InlineData("--urls", "http://[::]:5080", "--public-url", "https://viva.example.org")]
    public async Task Should_Refuse_To_Listen_Beyond_Loopback_Without_Accounts_And_A_Public_Url(params string[] options)
    {
        // Given
        using var runner = new VivaRunner();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Path.Combine(runner.Home, "data"), TimeProvider.System, new StringReader(""));

        // When
        var code = await VivaApp.RunAsync(["serve", .. options], context, CancellationToken.None);

        // Then: one line, wrong usage, nothing started
        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("viva: refusing to listen on ", line, StringComparison.Ordinal);
        Assert.Contains("--accounts --public-url", line, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Should_Leave_No_Process_Behind_After_Sigterm()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Given: a real viva serve process and the web app it started
        using var runner = new VivaRunner();
        var home = Path.Combine(runner.Home, "sigterm");
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(VivaApp).Assembly.Location, "serve", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["VIVA_HOME"] = home;
        using var viva = Process.Start(start)!;
        _ = viva.StandardOutput.ReadToEndAsync();
        var errors = viva.StandardError.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            Assert.True(await AnswersAsync(client, TimeSpan.FromSeconds(60)), "viva serve never answered /health");
            Assert.NotEmpty(ProcessesNaming(home));

            // When
            using (var kill = Process.Start("kill", ["-TERM", viva.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await viva.WaitForExitAsync(wait.Token);

            // Then: viva is gone, and so is the web app (no process holds the home folder, the port is closed)
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (ProcessesNaming(home).Count > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            Assert.Empty(ProcessesNaming(home));
            Assert.False(await AnswersAsync(client, TimeSpan.Zero), "the web app still answers after SIGTERM");
        }
        finally
        {
            if (!viva.HasExited)
            {
                viva.Kill(entireProcessTree: true);
            }

            foreach (var id in ProcessesNaming(home))
            {
                try
                {
                    Process.GetProcessById(id).Kill();
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient client, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        do
        {
            try
            {
                return await client.GetStringAsync("/health") == "ok";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }

    // Processes whose command line names the folder: viva itself and the web app it starts with --Viva:Home.
    private static List<int> ProcessesNaming(string folder)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(folder, StringComparison.Ordinal))
                {
                    found.Add(id);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
