using System.Diagnostics;
using System.Text;

namespace Viva.Judging.Sandbox;

/// <summary>What a sandboxed process did.</summary>
/// <param name="Lines">Its result lines (standard output), up to the cap.</param>
/// <param name="Output">What the attempt printed (standard error), cut at the cap.</param>
/// <param name="ExitCode">Its exit code; 128 + N when signal N ended it.</param>
/// <param name="TimedOut">True when the wall-clock limit killed it.</param>
/// <param name="TaskLimit">The cap on its threads and processes when it tried to pass it (in its pids cgroup); else null.</param>
internal sealed record SandboxRun(IReadOnlyList<string> Lines, string Output, int ExitCode, bool TimedOut, int? TaskLimit = null);

/// <summary>
/// Runs a process with a clean environment and a wall-clock limit, killing it and its children at the limit; where the
/// machine allows, in a pids cgroup of its own that caps its threads and processes and is emptied afterwards.
/// </summary>
internal static class SandboxProcess
{
    // Results are a few lines of JSON; what the attempt prints is shown only on failure. Beyond these sizes output is
    // read and dropped, so an attempt that prints without end cannot fill the judge's memory.
    private const int MaxResultChars = 4 * 1024 * 1024;
    private const int MaxOutputChars = 16_000;

    /// <param name="file">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="folder">Its working folder.</param>
    /// <param name="limit">The wall-clock limit.</param>
    /// <param name="maxTasks">The most threads and processes it may have at once, where a pids cgroup can be made.</param>
    /// <param name="cancellationToken">Stops the run (the process is killed).</param>
    /// <param name="environment">Variables set beside the clean environment's few.</param>
    public static async Task<SandboxRun> RunAsync(string file, IEnumerable<string> arguments, string folder, TimeSpan limit, int maxTasks,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var cgroup = PidsCgroup.Create(maxTasks);
        if (cgroup is not null)
        {
            // The shell joins the group, then becomes the program: everything the attempt starts is in the group from the first instruction.
            arguments = ["-c", "echo $$ > \"$1\" || exit 125; shift; exec \"$@\"", "viva-judge", cgroup.ProcsFile, file, .. arguments];
            file = "/bin/sh";
        }

        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the user's environment reaches the attempt; numeric libraries get one thread each.
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["HOME"] = folder;
        start.Environment["TMPDIR"] = folder;
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        start.Environment["OMP_NUM_THREADS"] = "1";
        start.Environment["MKL_NUM_THREADS"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        process.StandardInput.Close();
        var readResults = ReadBoundedAsync(process.StandardOutput, MaxResultChars);
        var readOutput = ReadBoundedAsync(process.StandardError, MaxOutputChars);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        // Whatever the attempt started and left running could hold its output open; none of it outlives the attempt.
        cgroup?.KillAll();
        var results = await readResults.ConfigureAwait(false);
        var output = await readOutput.ConfigureAwait(false);
        return new SandboxRun(results.Split('\n', StringSplitOptions.RemoveEmptyEntries), output, process.ExitCode, timedOut,
            cgroup is { LimitReached: true } ? maxTasks : null);
    }

    /// <summary>Reads the stream to its end, keeping at most <paramref name="max"/> characters.</summary>
    private static async Task<string> ReadBoundedAsync(StreamReader reader, int max)
    {
        var kept = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            kept.Append(buffer, 0, Math.Min(read, Math.Max(0, max - kept.Length)));
        }

        return kept.Length >= max ? kept.Append('…').ToString() : kept.ToString();
    }
}
