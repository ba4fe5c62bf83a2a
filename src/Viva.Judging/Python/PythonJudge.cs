using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Viva.Core.Exercises;
using Viva.Judging.Sandbox;

namespace Viva.Judging.Python;

/// <summary>
/// Judges Python attempts in a <c>python3 -I</c> subprocess, in a new temporary folder, under resource limits and a
/// wall-clock timeout, without network where <c>unshare</c> allows (see <c>docs/exercises.md</c> for what is enforced).
/// </summary>
/// <param name="host">The interpreter to use (when null, the one on the PATH, or the system's when only that one has the module the exercise requires).</param>
public sealed class PythonJudge(PythonHost? host = null) : IJudge
{
    // The runner sets RLIMIT_NPROC to 0 as well; the interpreter needs one thread, NumPy one more per BLAS thread (one here).
    private const int MaxTasks = 16;

    /// <inheritdoc/>
    public string Language => ExerciseLanguages.Python;

    /// <summary>
    /// Why <paramref name="exercise"/> cannot be judged in Python on this machine because a module it requires is missing,
    /// or null when it can (or when Python itself is missing, which judging reports along with the other languages).
    /// </summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="host">The interpreter to check (as for the judge: the one on the PATH, or the system's, when null).</param>
    public static string? MissingModule(Exercise exercise, PythonHost? host = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var python = host ?? PythonHost.Current.WithModule(exercise.Requires);
        return exercise.Requires is { } module && python.Available && !python.HasModule(module)
            ? PythonHost.MissingModuleMessage(module)
            : null;
    }

    /// <inheritdoc/>
    public async Task<JudgeResult> JudgeAsync(Exercise exercise, string code, JudgeLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(limits);
        var python = host ?? PythonHost.Current.WithModule(exercise.Requires);
        if (python.Executable is null)
        {
            var others = exercise.Languages.Where(l => l != ExerciseLanguages.Python).ToList();
            return JudgeResult.Stopped(JudgeStatus.Unavailable, "python3 is not installed, so Python attempts cannot be judged here"
                + (others.Count > 0 ? $"; this exercise can also be solved in {string.Join(" or ", others)}" : ""));
        }

        if (MissingModule(exercise, python) is { } missing)
        {
            return JudgeResult.Stopped(JudgeStatus.Unavailable, missing);
        }

        var clock = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("viva-judge-");
        try
        {
            await WriteFilesAsync(folder.FullName, exercise, code, cancellationToken).ConfigureAwait(false);
            var cpuSeconds = (int)Math.Ceiling(limits.Time.TotalSeconds);
            List<string> arguments = [.. python.Unshare ?? [], python.Executable, "-I", "runner.py", folder.FullName,
                cpuSeconds.ToString(CultureInfo.InvariantCulture), limits.MemoryBytes.ToString(CultureInfo.InvariantCulture)];
            var file = python.Unshare is null ? python.Executable : "unshare";
            if (python.Unshare is null)
            {
                arguments.RemoveAt(0);
            }

            var run = await SandboxProcess.RunAsync(file, arguments, folder.FullName, limits.Time, MaxTasks, cancellationToken).ConfigureAwait(false);
            return ResultLines.Read(exercise, run, limits, clock.Elapsed) with { Output = run.Output };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task WriteFilesAsync(string folder, Exercise exercise, string code, CancellationToken cancellationToken)
    {
        using (var runner = typeof(PythonJudge).Assembly.GetManifestResourceStream("Viva.Judging.Python.runner.py")!)
        {
            using var target = File.Create(Path.Combine(folder, "runner.py"));
            await runner.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "attempt.py"), code, cancellationToken).ConfigureAwait(false);
        var tests = new JsonArray([.. exercise.Tests.Select(t => new JsonObject { ["name"] = t.Name, ["args"] = JsonNode.Parse(t.Arguments ?? "[]") })]);
        var spec = new JsonObject { ["entry"] = exercise.Entry, ["requires"] = exercise.Requires, ["tests"] = tests };
        await File.WriteAllTextAsync(Path.Combine(folder, "tests.json"), spec.ToJsonString(), cancellationToken).ConfigureAwait(false);
    }
}
