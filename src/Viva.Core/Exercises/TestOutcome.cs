namespace Viva.Core.Exercises;

/// <summary>How one test of an attempt went.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="Passed">True when the attempt's result matched.</param>
/// <param name="Expected">The expected result, as JSON.</param>
/// <param name="Actual">What the attempt gave, as JSON; null when it gave nothing.</param>
/// <param name="Error">The error the attempt raised in this test, if any.</param>
public sealed record TestOutcome(string Name, bool Passed, string Expected, string? Actual, string? Error = null);
