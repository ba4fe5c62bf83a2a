using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Viva.Core.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>
/// The README's install command, run as written from the checkout except that the tool goes into a temporary tool path
/// and the package into a temporary folder: it packs a <c>viva</c> compiled for this machine whose <c>serve</c> finds the
/// web app it carries.
/// </summary>
[Collection(ReleaseBuilds.Name)]
public sealed class ToolPackageTests
{
    [Fact]
    public async Task Should_Install_With_The_Readme_Command_As_A_Tool_That_Serves_The_Web_App()
    {
        // Given: the README's two commands (pack, then install), into temporary folders
        var commands = ReadmeCommands.Line("dotnet pack src/Viva.Cli");
        Assert.Equal(2, commands.Count);
        var work = Directory.CreateTempSubdirectory("viva-tool-").FullName;
        var package = Path.Combine(work, "package");
        var tool = Path.Combine(work, "tool");
        Process? serve = null;
        try
        {
            await RunInAsync(Repo.Root, commands[0][0], commands[0][1..].Replace("artifacts/tool", package));
            await RunInAsync(Repo.Root, commands[1][0], commands[1][1..].Replace("artifacts/tool", package).Replace("--global", "--tool-path", tool));

            // Then: one package, for this machine's runtime (not "any"), with the web app and only that runtime's native
            // libraries, installed with its own assemblies compiled ahead of time
            var entries = PackageEntries(Assert.Single(Directory.GetFiles(package, "*.nupkg")));
            var entry = Assert.Single(entries, e => e.EndsWith("/viva.dll", StringComparison.Ordinal));
            Assert.Matches("^tools/net10.0/linux-[a-z0-9]+/viva.dll$", entry);
            var folder = entry[..^"viva.dll".Length];
            Assert.Contains(folder + "viva-web.dll", entries);
            Assert.Contains(folder + "libe_sqlite3.so", entries);
            Assert.DoesNotContain(entries, e => e.Contains("/runtimes/", StringComparison.Ordinal));
            var installed = Path.GetDirectoryName(Directory.GetFiles(tool, "viva.dll", SearchOption.AllDirectories).Single())!;
            foreach (var assembly in new[] { "viva.dll", "Viva.Core.dll", "Spectre.Console.dll", "viva-web.dll" })
            {
                Assert.True(ReadyToRun.IsCompiled(Path.Combine(installed, assembly)), $"{assembly} is not compiled ahead of time");
            }

            var address = $"http://127.0.0.1:{FreePort()}";

            // When
            var start = new ProcessStartInfo(Path.Combine(tool, "viva")) { ArgumentList = { "serve", "--urls", address }, RedirectStandardOutput = true, RedirectStandardError = true };
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

    private static List<string> PackageEntries(string package)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        return [.. zip.Entries.Select(e => e.FullName)];
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

    internal static Task RunAsync(string file, params string[] arguments) => RunInAsync(Directory.GetCurrentDirectory(), file, arguments);

    internal static async Task RunInAsync(string folder, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
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
