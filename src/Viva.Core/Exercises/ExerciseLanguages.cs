namespace Viva.Core.Exercises;

/// <summary>The languages an exercise can be solved in, and the aliases users type for them.</summary>
public static class ExerciseLanguages
{
    /// <summary>SQL, run against SQLite.</summary>
    public const string Sql = "sql";

    /// <summary>Python 3.</summary>
    public const string Python = "python";

    /// <summary>C#.</summary>
    public const string CSharp = "csharp";

    /// <summary>Every language a file may name.</summary>
    public static IReadOnlyList<string> All { get; } = [Sql, Python, CSharp];

    /// <summary>The canonical name of <paramref name="name"/>, or the lowercased input when it is not one.</summary>
    /// <param name="name">A language or alias.</param>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "py" or "python3" => Python,
            "cs" or "c#" or "csharp" => CSharp,
            "sqlite" => Sql,
            var other => other,
        };
    }
}
