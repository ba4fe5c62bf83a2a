using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Viva.Judging.Python;

/// <summary>What this machine offers for running Python attempts: the interpreter, and whether a network namespace can be made.</summary>
/// <param name="Executable">The interpreter's full path; null when no <c>python3</c> runs.</param>
/// <param name="Version">What <c>python3 --version</c> says.</param>
/// <param name="Unshare">The <c>unshare</c> arguments that cut the network off (<c>-n</c>, or <c>-rn</c> without root); null when neither works.</param>
public sealed partial record PythonHost(string? Executable, string? Version, IReadOnlyList<string>? Unshare)
{
    /// <summary>Where Debian's packages (<c>python3-numpy</c> and the like) install their modules for.</summary>
    private const string SystemInterpreter = "/usr/bin/python3";

    private static readonly Lazy<PythonHost> Detected = new(() => Detect());
    private static readonly Lazy<PythonHost> SystemPython = new(() => Detect(SystemInterpreter));
    private static readonly ConcurrentDictionary<(string Executable, string Module), bool> Modules = new();

    /// <summary>This machine, probed once per process.</summary>
    public static PythonHost Current => Detected.Value;

    /// <summary>True when attempts can run here.</summary>
    public bool Available => Executable is not null;

    /// <summary>True when <paramref name="module"/> (a dotted module name) imports in this interpreter; probed once per module.</summary>
    /// <param name="module">The module, such as <c>numpy</c>.</param>
    public bool HasModule(string module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (Executable is null || !ModuleName().IsMatch(module))
        {
            return false;
        }

        return Modules.GetOrAdd((Executable, module), key => Run(key.Executable, "-I", "-c", $"import {key.Module}") is not null);
    }

    /// <summary>
    /// The interpreter for an exercise that needs <paramref name="module"/>: this one when it has the module (or none is
    /// needed); else the system's <c>/usr/bin/python3</c> when that one has it, as when Debian's <c>python3-numpy</c> sits
    /// beside a version manager's interpreter on the PATH; else this one, which then reports the module missing.
    /// </summary>
    /// <param name="module">The module the exercise requires, or null.</param>
    public PythonHost WithModule(string? module)
    {
        if (module is null || !Available || HasModule(module))
        {
            return this;
        }

        var system = SystemPython.Value;
        return system.Executable != Executable && system.HasModule(module) ? system : this;
    }

    /// <summary>Why an exercise needing <paramref name="module"/> cannot run here, with what installs it where that is known.</summary>
    /// <param name="module">The missing module.</param>
    public static string MissingModuleMessage(string module) =>
        $"this exercise needs the Python module '{module}', which is not installed"
        + (module == "numpy" ? " (Debian: apt-get install python3-numpy)" : "");

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

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex ModuleName();
}
