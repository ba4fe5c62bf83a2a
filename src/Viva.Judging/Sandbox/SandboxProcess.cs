using System.Diagnostics;
using System.Text;

namespace Viva.Judging.Sandbox;

/// <summary>What a sandboxed process did.</summary>
/// <param name="Lines">Its result lines (standard output), up to the cap.</param>
/// <param name="Output">What the attempt printed (standard error), cut at the cap.</param>
/// <param name="ExitCode">Its exit code; 128 + N when signal N ended it.</param>
/// <param name="TimedOut">True when the wall-clock limit killed it.</param>
internal sealed record SandboxRun(IReadOnlyList<string> Lines, string Output, int ExitCode, bool TimedOut);

/// <summary>Runs a process with a clean environment and a wall-clock limit, killing it and its children at the limit.</summary>
internal static class SandboxProcess
{
    // Results are a few lines of JSON; what the attempt prints is shown only on failure. Beyond these sizes output is
    // read and dropped, so an attempt that prints without end cannot fill the judge's memory.
    private const int MaxResultChars = 4 * 1024 * 1024;
    private const int MaxOutputChars = 16_000;

    public static async Task<SandboxRun> RunAsync(string file, IEnumerable<string> arguments, string folder, TimeSpan limit, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
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

        var results = await readResults.ConfigureAwait(false);
        var output = await readOutput.ConfigureAwait(false);
        return new SandboxRun(results.Split('\n', StringSplitOptions.RemoveEmptyEntries), output, process.ExitCode, timedOut);
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
