using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Viva.Judging.CSharp;

/// <summary>What this machine offers for running compiled C# attempts: the <c>dotnet</c> host and the sandbox tools.</summary>
/// <param name="Muxer">The <c>dotnet</c> executable of the running .NET.</param>
/// <param name="Unshare">The <c>unshare</c> arguments that cut the network off; null when neither works.</param>
/// <param name="Prlimit">True when <c>prlimit</c> can set the attempt's resource limits.</param>
/// <param name="DropToNobody">True when the judge runs as root and <c>setpriv</c> can run the attempt as <c>nobody</c>.</param>
internal sealed record DotnetHost(string Muxer, IReadOnlyList<string>? Unshare, bool Prlimit, bool DropToNobody)
{
    private static readonly Lazy<DotnetHost> Detected = new(Detect);

    /// <summary>This machine, probed once per process.</summary>
    public static DotnetHost Current => Detected.Value;

    private static DotnetHost Detect()
    {
        // The runtime folder is <root>/shared/Microsoft.NETCore.App/<version>/; the host lives at <root>/dotnet.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var muxer = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        if (!File.Exists(muxer))
        {
            muxer = "dotnet";
        }

        if (!OperatingSystem.IsLinux())
        {
            return new DotnetHost(muxer, null, false, false);
        }

        IReadOnlyList<string>? unshare = Succeeds("unshare", "-n", "true") ? ["-n"]
            : Succeeds("unshare", "-rn", "true") ? ["-rn"]
            : null;
        // Only root may switch users, so the switch succeeding is the test for both.
        return new DotnetHost(muxer, unshare, Succeeds("prlimit", "--core=0", "true"), Succeeds("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "true"));
    }

    private static bool Succeeds(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not installed.
            return false;
        }
    }
}
