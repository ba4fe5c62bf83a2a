namespace Viva.Core.Exercises;

/// <summary>One test of an exercise.</summary>
/// <param name="Name">What the test checks, shown when it fails.</param>
/// <param name="Arguments">A JSON array of the arguments the entry function is called with (null for SQL).</param>
/// <param name="Expected">The expected result as JSON: a value for a function, an array of rows for SQL.</param>
/// <param name="Fixture">SQL run after the exercise's fixture for this test only (SQL exercises).</param>
public sealed record ExerciseTest(string Name, string? Arguments, string Expected, string? Fixture = null);
