using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Viva.Core.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>The .NET tool package installs a <c>viva</c> whose <c>serve</c> finds the web app it carries.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task Should_Install_As_A_Tool_That_Serves_The_Web_App()
    {
        // Given: the CLI as built for this test run, packed and installed into a temporary tool path
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var work = Directory.CreateTempSubdirectory("viva-tool-").FullName;
        var project = Path.Combine(Repo.Root, "src", "Viva.Cli", "Viva.Cli.csproj");
        Process? serve = null;
        try
        {
            await RunAsync("dotnet", "pack", project, "-c", configuration, "--no-build", "-o", Path.Combine(work, "package"));
            await RunAsync("dotnet", "tool", "install", "Viva.Cli", "--tool-path", Path.Combine(work, "tool"), "--add-source", Path.Combine(work, "package"));
            var address = $"http://127.0.0.1:{FreePort()}";

            // When
            var start = new ProcessStartInfo(Path.Combine(work, "tool", "viva")) { ArgumentList = { "serve", "--urls", address }, RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["VIVA_HOME"] = Path.Combine(work, "home");
            serve = Process.Start(start)!;
            serve.OutputDataReceived += (_, _) => { };
            serve.ErrorDataReceived += (_, _) => { };
            serve.BeginOutputReadLine();
            serve.BeginErrorReadLine();

            // Then
            Assert.Equal("ok", await HealthAsync(address));
        }
        finally
        {
            serve?.Kill(entireProcessTree: true);
            serve?.Dispose();
            Directory.Delete(work, recursive: true);
        }
    }

    internal static async Task<string?> HealthAsync(string address)
    {
        // A fresh home loads the whole curated bank before the app listens: over a minute on a busy shared machine.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                return await client.GetStringAsync(new Uri($"{address}/health"));
            }
            catch (HttpRequestException)
            {
                await Task.Delay(500);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(500);
            }
        }

        return null;
    }

    internal static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)}: exit {process.ExitCode}\n{await output}\n{await error}");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
