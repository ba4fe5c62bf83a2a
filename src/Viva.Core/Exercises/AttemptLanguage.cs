using System.Text.RegularExpressions;

namespace Viva.Core.Exercises;

/// <summary>
/// Which of an exercise's languages an attempt is written in, where the form it was typed into does not say (a practice card
/// shows one starter, and the user may answer in another language the exercise offers).
/// </summary>
public static partial class AttemptLanguage
{
    /// <summary>The offered language the attempt looks written in; the first offered when nothing tells.</summary>
    /// <param name="offered">The exercise's languages, in its order.</param>
    /// <param name="attempt">The code typed.</param>
    public static string Guess(IReadOnlyList<string> offered, string attempt)
    {
        ArgumentNullException.ThrowIfNull(offered);
        ArgumentNullException.ThrowIfNull(attempt);
        if (offered.Count == 0)
        {
            throw new ArgumentException("an exercise offers at least one language", nameof(offered));
        }

        // Python is tested first: every Python attempt defines a function with def, and a Python class would look like C#.
        if (offered.Contains(ExerciseLanguages.Python) && PythonDef().IsMatch(attempt))
        {
            return ExerciseLanguages.Python;
        }

        if (offered.Contains(ExerciseLanguages.CSharp) && CSharpDeclaration().IsMatch(attempt))
        {
            return ExerciseLanguages.CSharp;
        }

        return offered.Contains(ExerciseLanguages.Sql) && SqlQuery().IsMatch(attempt) ? ExerciseLanguages.Sql : offered[0];
    }

    [GeneratedRegex(@"^\s*(async\s+)?def\s+\w+\s*\(", RegexOptions.Multiline)]
    private static partial Regex PythonDef();

    [GeneratedRegex(@"\b(class|struct|record)\s+\w+[^:\n]*(\{|$)|\b(public|private|internal|static)\s+[\w<>\[\],? ]+\s+\w+\s*\(", RegexOptions.Multiline)]
    private static partial Regex CSharpDeclaration();

    [GeneratedRegex(@"^\s*(select|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqlQuery();
}
