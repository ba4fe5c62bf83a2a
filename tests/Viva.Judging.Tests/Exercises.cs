using Viva.Core.Exercises;

namespace Viva.Judging.Tests;

/// <summary>Small exercises built in code, so each test says exactly what it judges.</summary>
internal static class Exercises
{
    public static readonly JudgeLimits Quick = new(TimeSpan.FromSeconds(3), 256L * 1024 * 1024);

    public static Exercise Sql(bool ordered, params ExerciseTest[] tests) =>
        new("Return the scores.", [new ExerciseCode(ExerciseLanguages.Sql, null, "SELECT name, score FROM scores ORDER BY score;")], tests, [])
        {
            Fixture = "CREATE TABLE scores (name TEXT, score REAL); INSERT INTO scores VALUES ('a', 0.5), ('b', 0.25), ('c', 1.0);",
            Ordered = ordered,
            Tolerance = 1e-6,
        };

    public static Exercise Python(string entry, double tolerance, params ExerciseTest[] tests) =>
        new("Write the function.", [new ExerciseCode(ExerciseLanguages.Python, null, "")], tests, []) { Entry = entry, Tolerance = tolerance };

    public static Exercise CSharp(string entry, double tolerance, params ExerciseTest[] tests) =>
        new("Write the method.", [new ExerciseCode(ExerciseLanguages.CSharp, null, "")], tests, []) { Entry = entry, Tolerance = tolerance };
}
