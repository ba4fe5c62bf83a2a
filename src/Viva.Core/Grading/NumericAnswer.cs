using System.Globalization;
using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Checks the number in an answer to a numeric question. The right number (within the tolerance; a
/// percentage also counts as its fraction) lifts the grade to at least <see cref="RightFloor"/>; an answer
/// without it scores at most <see cref="WrongCeiling"/>, however well its working reads.
/// </summary>
public static partial class NumericAnswer
{
    /// <summary>The lowest score of an answer that gives the right number.</summary>
    public const double RightFloor = 4.0;

    /// <summary>The highest score of an answer that does not give the right number.</summary>
    public const double WrongCeiling = 1.5;

    /// <summary>True when <paramref name="answer"/> states a number within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
    public static bool States(string answer, double expected, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var slack = Math.Max(Math.Abs(tolerance), Math.Abs(expected) * 1e-9);
        return Numbers(answer).Any(n => Math.Abs(n.Value - expected) <= slack || (n.Percent && Math.Abs((n.Value / 100) - expected) <= slack));
    }

    /// <summary>
    /// True when <paramref name="keyPoint"/> states numbers and <paramref name="answer"/> gives none of them. In a numeric
    /// question such a point is a step of the working ("the first step moves w from 0 to 0.6"), and its few words
    /// ("step", "gradient") must not earn it for an answer that never works the numbers out.
    /// </summary>
    public static bool LacksNumbersOf(string keyPoint, string answer)
    {
        ArgumentNullException.ThrowIfNull(keyPoint);
        ArgumentNullException.ThrowIfNull(answer);
        var wanted = Numbers(keyPoint).Select(n => Math.Abs(n.Value)).ToList();
        if (wanted.Count == 0)
        {
            return false;
        }

        var given = Numbers(answer).Select(n => Math.Abs(n.Value)).ToList();
        return !wanted.Any(w => given.Any(g => Math.Abs(g - w) <= w * 1e-9));
    }

    /// <summary>The numbers written in <paramref name="text"/> (within the tokenizer's limit), each marked when a % follows it.</summary>
    private static IEnumerable<(double Value, bool Percent)> Numbers(string text)
    {
        foreach (Match match in Number().Matches(text.Length > GradingTokenizer.MaxChars ? text[..GradingTokenizer.MaxChars] : text))
        {
            if (double.TryParse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal).Replace('−', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                yield return (value, match.Groups["pct"].Success);
            }
        }
    }

    /// <summary>The score of an answer to a numeric question, given its lexical score.</summary>
    public static double Adjust(double score, bool right) => right ? Math.Max(score, RightFloor) : Math.Min(score, WrongCeiling);

    [GeneratedRegex(@"(?<![\w.])(?<n>[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-−]?\.\d+)(?<pct>\s*%)?")]
    private static partial Regex Number();
}
