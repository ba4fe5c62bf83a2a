using System.Diagnostics;
using Viva.Core.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>The README's self-contained publish for Linux x64: one folder that runs every command, serve included, with no .NET installed.</summary>
[Collection(ReleaseBuilds.Name)]
public sealed class SelfContainedPublishTests
{
    [Fact]
    public async Task Should_Publish_One_Folder_That_Serves_Without_An_Installed_Runtime()
    {
        // Given: the README's command as written, run from the checkout into a temporary folder
        var command = Assert.Single(ReadmeCommands.Line("dotnet publish src/Viva.Cli -c Release -r linux-x64"));
        var work = Directory.CreateTempSubdirectory("viva-publish-").FullName;
        var output = Path.Combine(work, "viva");
        Process? serve = null;
        try
        {
            await ToolPackageTests.RunInAsync(Repo.Root, command[0], command[1..].Replace("artifacts/viva", output));

            // Then: only Linux x64 native libraries, at the top of the folder where the runtime looks for them
            Assert.False(Directory.Exists(Path.Combine(output, "runtimes")), "native libraries of other platforms were published");
            Assert.True(File.Exists(Path.Combine(output, "libe_sqlite3.so")));
            Assert.True(File.Exists(Path.Combine(output, "libonnxruntime.so")));
            Assert.Empty(Directory.EnumerateFiles(output, "*.dylib", SearchOption.AllDirectories));
            Assert.True(ReadyToRun.IsCompiled(Path.Combine(output, "viva.dll")), "viva.dll is not compiled ahead of time");
            Assert.True(ReadyToRun.IsCompiled(Path.Combine(output, "viva-web.dll")), "viva-web.dll is not compiled ahead of time");

            // When: a command, and serve, with no dotnet to be found
            var sources = Start(output, work, "sources");
            var listing = await sources.StandardOutput.ReadToEndAsync();
            await sources.WaitForExitAsync();
            Assert.True(sources.ExitCode == 0, $"viva sources: exit {sources.ExitCode}: {await sources.StandardError.ReadToEndAsync()}");
            Assert.Contains("curated", listing, StringComparison.OrdinalIgnoreCase);
            sources.Dispose();

            var address = $"http://127.0.0.1:{ToolPackageTests.FreePort()}";
            serve = Start(output, work, "serve", "--urls", address);
            serve.OutputDataReceived += (_, _) => { };
            serve.ErrorDataReceived += (_, _) => { };
            serve.BeginOutputReadLine();
            serve.BeginErrorReadLine();

            // Then
            Assert.Equal("ok", await ToolPackageTests.HealthAsync(address));
        }
        finally
        {
            serve?.Kill(entireProcessTree: true);
            serve?.Dispose();
            Directory.Delete(work, recursive: true);
        }
    }

    private static Process Start(string folder, string work, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(folder, "viva")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No dotnet on the path and none named: the folder's own runtime must carry both the CLI and the web app.
        start.Environment["PATH"] = "/nonexistent";
        start.Environment.Remove("DOTNET_ROOT");
        start.Environment.Remove("DOTNET_HOST_PATH");
        start.Environment["VIVA_HOME"] = Path.Combine(work, "home");
        return Process.Start(start)!;
    }
}
