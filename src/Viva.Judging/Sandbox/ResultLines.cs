using System.Globalization;
using System.Text.Json;
using Viva.Core.Exercises;

namespace Viva.Judging.Sandbox;

/// <summary>
/// Reads what a sandboxed runner reported, one JSON object per line: <c>{"test", "actual"}</c> or <c>{"test", "error"}</c>
/// per test in order, then <c>{"status": "done"}</c>; or a stop (<c>"unavailable"</c>, <c>"memory"</c>, <c>"error"</c>
/// with a <c>"message"</c>). The Python and C# runners speak it alike.
/// </summary>
internal static class ResultLines
{
    private const int SignalBase = 128;
    private const int CpuLimitSignal = SignalBase + 24;
    private const int KillSignal = SignalBase + 9;

    /// <summary>The judge's result from the runner's JSON lines, and from how the process ended when it stopped early.</summary>
    public static JudgeResult Read(Exercise exercise, SandboxRun run, JudgeLimits limits, TimeSpan elapsed)
    {
        var outcomes = new List<TestOutcome>();
        foreach (var line in run.Lines)
        {
            JsonElement item;
            try
            {
                item = JsonElement.Parse(line);
            }
            catch (JsonException)
            {
                return new JudgeResult(JudgeStatus.Error, outcomes, "the attempt's result could not be read (was it too large?)", elapsed);
            }

            var status = item.TryGetProperty("status", out var s) ? s.GetString() : null;
            var message = item.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            switch (status)
            {
                case "done":
                    return JudgeResult.Ran(outcomes, elapsed);
                case "unavailable":
                    return JudgeResult.Stopped(JudgeStatus.Unavailable, message, elapsed);
                case "memory":
                    return new JudgeResult(JudgeStatus.MemoryExceeded, outcomes, $"{message} (limit {limits.MemoryBytes / (1024 * 1024)} MiB)", elapsed);
                case "error":
                    return new JudgeResult(JudgeStatus.Error, outcomes, message, elapsed);
            }

            if (outcomes.Count >= exercise.Tests.Count)
            {
                break;
            }

            var test = exercise.Tests[outcomes.Count];
            if (item.TryGetProperty("error", out var error))
            {
                outcomes.Add(new TestOutcome(test.Name, false, test.Expected, null, error.GetString()));
            }
            else
            {
                var actual = item.GetProperty("actual").GetRawText();
                outcomes.Add(new TestOutcome(test.Name, ResultComparer.Matches(test.Expected, actual, exercise.Tolerance), test.Expected, actual));
            }
        }

        var seconds = limits.Time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return run switch
        {
            // The runtime cannot go on without a thread it failed to start, and ends itself "out of memory": the cap is why.
            { TaskLimit: { } cap } => new JudgeResult(JudgeStatus.Error, outcomes, $"the attempt started more threads or processes than allowed ({cap} at once) and was stopped", elapsed),
            { TimedOut: true } => new JudgeResult(JudgeStatus.TimedOut, outcomes, $"the attempt ran past the time limit ({seconds} s) and was stopped", elapsed),
            { ExitCode: CpuLimitSignal or KillSignal } => new JudgeResult(JudgeStatus.TimedOut, outcomes, $"the attempt used more than {seconds} s of CPU time and was stopped", elapsed),
            { ExitCode: > SignalBase and var code } => new JudgeResult(JudgeStatus.Error, outcomes, $"the attempt crashed (signal {code - SignalBase})", elapsed),
            _ => new JudgeResult(JudgeStatus.Error, outcomes, $"the attempt stopped before finishing its tests (exit code {run.ExitCode})", elapsed),
        };
    }
}
