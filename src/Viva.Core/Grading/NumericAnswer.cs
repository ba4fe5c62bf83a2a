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
        foreach (Match match in Number().Matches(answer.Length > GradingTokenizer.MaxChars ? answer[..GradingTokenizer.MaxChars] : answer))
        {
            if (!double.TryParse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal).Replace('−', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            if (Math.Abs(value - expected) <= slack || (match.Groups["pct"].Success && Math.Abs((value / 100) - expected) <= slack))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The score of an answer to a numeric question, given its lexical score.</summary>
    public static double Adjust(double score, bool right) => right ? Math.Max(score, RightFloor) : Math.Min(score, WrongCeiling);

    [GeneratedRegex(@"(?<![\w.])(?<n>[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-−]?\.\d+)(?<pct>\s*%)?")]
    private static partial Regex Number();
}
