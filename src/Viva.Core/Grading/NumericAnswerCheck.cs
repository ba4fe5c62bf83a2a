using System.Globalization;
using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>Checks a typed answer to a numeric question: the first number in it, against the answer and its tolerance.</summary>
public static partial class NumericAnswerCheck
{
    /// <summary>True or false when the answer holds a number; null when it holds none.</summary>
    /// <remarks>A percentage matches either way (<c>25%</c> is right for 25 and for 0.25).</remarks>
    public static bool? IsCorrect(string answer, double expected, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var match = NumberPattern().Match(answer.Replace('−', '-'));
        if (!match.Success)
        {
            return null;
        }

        var text = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        if (match.Groups["fraction"].Success && double.TryParse(match.Groups["fraction"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator) && denominator != 0)
        {
            value /= denominator;
        }

        var slack = Math.Abs(tolerance) + 1e-9 * Math.Max(1, Math.Abs(expected));
        bool Near(double v) => Math.Abs(v - expected) <= slack;
        return match.Groups["percent"].Success ? Near(value) || Near(value / 100) : Near(value);
    }

    [GeneratedRegex(@"(?<number>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|-?\.\d+)\s*(?:/\s*(?<fraction>\d+(?:\.\d+)?))?\s*(?<percent>%)?")]
    private static partial Regex NumberPattern();
}
