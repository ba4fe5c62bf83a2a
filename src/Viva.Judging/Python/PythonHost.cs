using System.Diagnostics;

namespace Viva.Judging.Python;

/// <summary>What this machine offers for running Python attempts: the interpreter, and whether a network namespace can be made.</summary>
/// <param name="Executable">The interpreter's full path; null when no <c>python3</c> runs.</param>
/// <param name="Version">What <c>python3 --version</c> says.</param>
/// <param name="Unshare">The <c>unshare</c> arguments that cut the network off (<c>-n</c>, or <c>-rn</c> without root); null when neither works.</param>
public sealed record PythonHost(string? Executable, string? Version, IReadOnlyList<string>? Unshare)
{
    private static readonly Lazy<PythonHost> Detected = new(() => Detect());

    /// <summary>This machine, probed once per process.</summary>
    public static PythonHost Current => Detected.Value;

    /// <summary>True when attempts can run here.</summary>
    public bool Available => Executable is not null;

    /// <summary>Probes <paramref name="command"/> (default <c>python3</c> on the PATH) and <c>unshare</c>.</summary>
    /// <param name="command">The interpreter to look for.</param>
    public static PythonHost Detect(string command = "python3")
    {
        // A version manager's shim is a script that starts the real interpreter; asking for it once saves that on every attempt.
        var executable = Run(command, "-c", "import sys; print(sys.executable)");
        if (string.IsNullOrEmpty(executable) || !File.Exists(executable))
        {
            return new PythonHost(null, null, null);
        }

        var version = Run(executable, "--version");
        IReadOnlyList<string>? unshare = Run("unshare", "-n", "true") is not null ? ["-n"]
            : Run("unshare", "-rn", "true") is not null ? ["-rn"]
            : null;
        return new PythonHost(executable, version, unshare);
    }

    /// <summary>The command's trimmed output when it exits 0 within 10 seconds; otherwise null.</summary>
    private static string? Run(string file, params string[] arguments)
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
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not installed.
            return null;
        }
    }
}
