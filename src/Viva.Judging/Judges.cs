using Viva.Core.Exercises;
using Viva.Judging.CSharp;
using Viva.Judging.Python;
using Viva.Judging.Sql;

namespace Viva.Judging;

/// <summary>The judges this build offers, by language.</summary>
public static class Judges
{
    /// <summary>The judge for <paramref name="language"/>, or null when no judge exists for it.</summary>
    /// <param name="language">A language name or alias.</param>
    public static IJudge? For(string language) => ExerciseLanguages.Normalize(language) switch
    {
        ExerciseLanguages.Sql => new SqlJudge(),
        ExerciseLanguages.Python => new PythonJudge(),
        ExerciseLanguages.CSharp => new CSharpJudge(),
        _ => null,
    };
}
