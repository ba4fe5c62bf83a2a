using System.Diagnostics.CodeAnalysis;

namespace Viva.Core.Scheduling;

/// <summary>The stable names of <see cref="GradeOverride"/> (<c>right</c>, <c>wrong</c>) used in storage, JSON and forms.</summary>
public static class GradeOverrideNames
{
    /// <summary>The name of "I was right".</summary>
    public const string Right = "right";

    /// <summary>The name of "I was wrong".</summary>
    public const string Wrong = "wrong";

    /// <summary>The stable name of <paramref name="verdict"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined verdict.</exception>
    public static string ToName(this GradeOverride verdict) => verdict switch
    {
        GradeOverride.Right => Right,
        GradeOverride.Wrong => Wrong,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "a grade override is right or wrong"),
    };

    /// <summary>Reads <c>right</c> or <c>wrong</c> (any case, surrounding blanks ignored); false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out GradeOverride verdict)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "RIGHT":
                verdict = GradeOverride.Right;
                return true;
            case "WRONG":
                verdict = GradeOverride.Wrong;
                return true;
            default:
                verdict = default;
                return false;
        }
    }

    /// <summary>What the user said, as the practice screens word it.</summary>
    public static string Describe(this GradeOverride verdict) => verdict == GradeOverride.Right ? "I was right" : "I was wrong";
}
