namespace Viva.Core.Exercises;

/// <summary>A judged code exercise: a prompt, code per language, and the tests an attempt must pass.</summary>
/// <param name="Prompt">What to write, in Markdown, with the tolerance and ordering rules stated.</param>
/// <param name="Code">Starter and reference solution for each language offered.</param>
/// <param name="Tests">The tests, in the order they run.</param>
/// <param name="Hints">Hints, mildest first.</param>
public sealed record Exercise(string Prompt, IReadOnlyList<ExerciseCode> Code, IReadOnlyList<ExerciseTest> Tests, IReadOnlyList<string> Hints)
{
    /// <summary>The default absolute tolerance for numbers when the exercise states none.</summary>
    public const double DefaultTolerance = 1e-9;

    /// <summary>SQL run before every test to build the tables (SQL exercises only).</summary>
    public string? Fixture { get; init; }

    /// <summary>The function a Python or C# attempt defines; each test calls it with its arguments.</summary>
    public string? Entry { get; init; }

    /// <summary>True when the order of rows or list items matters (SQL result sets are otherwise compared as multisets).</summary>
    public bool Ordered { get; init; }

    /// <summary>The absolute tolerance numbers are compared with.</summary>
    public double Tolerance { get; init; } = DefaultTolerance;

    /// <summary>A module the exercise needs (for example <c>numpy</c>); judges skip it where that is missing.</summary>
    public string? Requires { get; init; }

    /// <summary>The languages offered, in the order the file gives them.</summary>
    public IReadOnlyList<string> Languages => [.. Code.Select(c => c.Language)];

    /// <summary>The code for <paramref name="language"/>, or null when the exercise does not offer it.</summary>
    /// <param name="language">A language name or alias (<c>py</c>, <c>cs</c>, <c>c#</c>).</param>
    public ExerciseCode? For(string language)
    {
        var name = ExerciseLanguages.Normalize(language);
        return Code.FirstOrDefault(c => c.Language == name);
    }
}
