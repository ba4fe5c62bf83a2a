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
        var accounts = new Option<bool>("--accounts")
        {
            Description = "Server mode: sign-in required, each account sees its own cards, reviews, mocks and imports (the first run prints a one-time link that creates the admin)",
        };
        var publicUrl = new Option<string?>("--public-url")
        {
            Description = "The address users open, e.g. https://viva.example.org; with --accounts, needed to listen beyond 127.0.0.1",
        };
        var command = new Command("serve", "Run the web app and JSON API (pages, /api, /openapi/v1.json) over this bank until Ctrl+C")
        {
            urls, hosts, database, accounts, publicUrl,
        };
        command.SetAction((result, token) => RunAsync(context, new ServeSettings(result.GetValue(urls)!, result.GetValue(hosts), result.GetValue(accounts), result.GetValue(publicUrl)), result.GetValue(database), token));
        return command;
    }

    /// <summary>The web app's entry assembly: <c>VIVA_WEB</c>, else <c>viva-web.dll</c> beside <c>viva</c>.</summary>
    public static string WebAppPath() =>
        Environment.GetEnvironmentVariable(WebAppVariable) is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "viva-web.dll");

    private static async Task<int> RunAsync(CliContext context, ServeSettings settings, string? database, CancellationToken token)
    {
        var (urls, allowedHosts, accounts, publicUrl) = settings;
        if (settings.Refusal() is { } refusal)
        {
            context.WriteError(refusal);
            return ExitCodes.Usage;
        }

        var app = WebAppPath();
        if (!File.Exists(app))
        {
            context.WriteError($"{app}: the web app is missing (build src/Viva.Web, or set {WebAppVariable} to its viva-web.dll)");
            return ExitCodes.InputFailed;
        }

        var start = SelfContainedHost(app) is { } host
            ? new ProcessStartInfo(host) { UseShellExecute = false }
            : new ProcessStartInfo(DotnetHost()) { UseShellExecute = false, ArgumentList = { "exec", app } };
        foreach (var argument in new[] { "--urls", urls, "--Viva:Home", Path.GetFullPath(context.Home) })
        {
            start.ArgumentList.Add(argument);
        }

        if (accounts)
        {
            start.ArgumentList.Add("--Viva:Accounts");
            start.ArgumentList.Add("true");
        }

        if (!string.IsNullOrWhiteSpace(publicUrl))
        {
            start.ArgumentList.Add("--Viva:PublicUrl");
            start.ArgumentList.Add(publicUrl);
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
            return process.ExitCode switch { 0 => ExitCodes.Success, ExitCodes.Usage => ExitCodes.Usage, _ => ExitCodes.InputFailed };
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

    /// <summary>
    /// The web app's own executable when it was published self-contained (its runtime beside it, no <c>dotnet</c> needed):
    /// its runtime configuration then names the frameworks it includes rather than those it needs installed.
    /// </summary>
    private static string? SelfContainedHost(string app)
    {
        var config = Path.ChangeExtension(app, ".runtimeconfig.json");
        var host = Path.ChangeExtension(app, OperatingSystem.IsWindows() ? ".exe" : null);
        return File.Exists(host) && File.Exists(config) && File.ReadAllText(config).Contains("\"includedFrameworks\"", StringComparison.Ordinal) ? host : null;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : RuntimeHost() ?? "dotnet";

    /// <summary>
    /// The <c>dotnet</c> of the runtime this process runs on, three folders above the runtime's own (<c>shared/Microsoft.NETCore.App/10.0.x</c>):
    /// a tool installed for one runtime starts as its own executable, and that runtime need not be on the PATH.
    /// </summary>
    private static string? RuntimeHost()
    {
        var root = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : null;
    }
}
