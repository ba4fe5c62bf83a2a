namespace Viva.Core.Exercises;

/// <summary>What judging one attempt found.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Tests">The tests that ran, in order (fewer than the exercise has when the run was stopped).</param>
/// <param name="Message">One line on why the attempt stopped or could not run; null when every test ran.</param>
/// <param name="Elapsed">How long judging took.</param>
public sealed record JudgeResult(JudgeStatus Status, IReadOnlyList<TestOutcome> Tests, string? Message, TimeSpan Elapsed)
{
    /// <summary>What the attempt printed, shown when it failed; empty when it printed nothing or the language has no output.</summary>
    public string Output { get; init; } = "";

    /// <summary>How many tests passed.</summary>
    public int PassedCount => Tests.Count(t => t.Passed);

    /// <summary>A result for an attempt that never ran its tests.</summary>
    /// <param name="status">Why.</param>
    /// <param name="message">One line for the user.</param>
    /// <param name="elapsed">Time spent.</param>
    public static JudgeResult Stopped(JudgeStatus status, string message, TimeSpan elapsed = default) => new(status, [], message, elapsed);

    /// <summary>The result of tests that all ran: passed when each did, else failed.</summary>
    /// <param name="tests">Every test's outcome.</param>
    /// <param name="elapsed">Time spent.</param>
    public static JudgeResult Ran(IReadOnlyList<TestOutcome> tests, TimeSpan elapsed) =>
        new(tests.All(t => t.Passed) ? JudgeStatus.Passed : JudgeStatus.Failed, tests, null, elapsed);
}
