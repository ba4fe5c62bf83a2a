using System.CommandLine;
using System.Diagnostics;
using Viva.Core.Storage;

namespace Viva.Cli.Commands;

/// <summary>
/// <c>viva serve [--urls URL]</c>: runs the web app (<c>viva-web</c>, its own deployable, built next to
/// <c>viva</c>) over the same <c>VIVA_HOME</c>, until Ctrl+C. The CLI starts it as a process rather than
/// referencing it, so the two front ends stay independent.
/// </summary>
public static class ServeCommand
{
    /// <summary>The environment variable that points at another <c>viva-web.dll</c>.</summary>
    public const string WebAppVariable = "VIVA_WEB";

    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var hosts = new Option<string?>("--allowed-hosts")
        {
            Description = "Host names the server answers to, semicolon-separated (default: localhost;127.0.0.1;[::1]); needed when it is reached by another name",
        };
        var database = new Option<string?>("--db")
        {
            Description = "The bank: a SQLite file, or a PostgreSQL connection string (\"Host=…;Database=…;Username=…\") for a server (default: VIVA_DB, else viva.db in VIVA_HOME)",
        };
        var command = new Command("serve", "Run the web app and JSON API (pages, /api, /openapi/v1.json) over this bank until Ctrl+C") { urls, hosts, database };
        command.SetAction((result, token) => RunAsync(context, result.GetValue(urls)!, result.GetValue(hosts), result.GetValue(database), token));
        return command;
    }

    /// <summary>The web app's entry assembly: <c>VIVA_WEB</c>, else <c>viva-web.dll</c> beside <c>viva</c>.</summary>
    public static string WebAppPath() =>
        Environment.GetEnvironmentVariable(WebAppVariable) is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "viva-web.dll");

    private static async Task<int> RunAsync(CliContext context, string urls, string? allowedHosts, string? database, CancellationToken token)
    {
        var app = WebAppPath();
        if (!File.Exists(app))
        {
            context.WriteError($"{app}: the web app is missing (build src/Viva.Web, or set {WebAppVariable} to its viva-web.dll)");
            return ExitCodes.InputFailed;
        }

        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false };
        foreach (var argument in new[] { "exec", app, "--urls", urls, "--Viva:Home", Path.GetFullPath(context.Home) })
        {
            start.ArgumentList.Add(argument);
        }

        // Through the environment rather than the command line, so a password in the connection string is not shown by ps.
        if (!string.IsNullOrWhiteSpace(database))
        {
            start.Environment[CliContext.DatabaseVariable] = BankLocation.IsServer(database) ? database : Path.GetFullPath(database);
        }

        if (!string.IsNullOrWhiteSpace(allowedHosts))
        {
            start.ArgumentList.Add("--AllowedHosts");
            start.ArgumentList.Add(allowedHosts);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web app");
        await context.Out.WriteLineAsync($"viva serve: {urls} (Ctrl+C stops)").ConfigureAwait(false);
        try
        {
            await process.WaitForExitAsync(token).ConfigureAwait(false);
            return process.ExitCode == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C reaches the child through the terminal, SIGTERM to viva alone does not: pass it on, give the
            // child time to finish its requests, then make sure it is gone.
            AskToStop(process);
            using var grace = new CancellationTokenSource(StopGrace);
            try
            {
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }

            return ExitCodes.Success;
        }
    }

    private static void AskToStop(Process process)
    {
        if (OperatingSystem.IsWindows() || process.HasExited)
        {
            return;
        }

        try
        {
            using var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            {
                UseShellExecute = false,
                RedirectStandardError = true,
            });
            signal?.WaitForExit(1000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No kill(1): the grace period ends in Process.Kill instead.
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
