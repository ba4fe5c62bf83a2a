using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Reads which of two things a key point divides by which ("covariance divided by the product of the standard
/// deviations", "accepted with probability min(1, p/q)", "the ratio of true positives to all actual positives") and
/// finds an answer that turns the quotient upside down ("the product of the standard deviations divided by the
/// covariance", "min(1, q/p)"). Every word of the point is there, so words and meaning alike read the upside-down
/// answer as stated; only which side of the division each thing is on tells.
/// </summary>
/// <remarks>
/// A quotient is read from "A divided by B", "the ratio of A to B" and "A/B". For the spelt-out forms each side is the run
/// of words next to the marker that no other word parts: at most <see cref="MaxSide"/> words joined by nothing, a hyphen,
/// "of", "and", "or" or an article. A slash divides only symbols of up to <see cref="MaxSymbol"/> letters, and its sides may open or close a
/// bracket next to it ("TP/(TP + FN)"). A
/// word on both sides tells nothing, and an answer that also divides the point's way keeps the point.
/// </remarks>
internal static partial class QuotientSwap
{
    // Matched at least this well (the word, its stem, a synonym), a word's side is compared.
    private const float Strong = 0.8f;

    private const int MaxSide = 4;

    // The longest symbol a slash divides ("p", "TP", "FN").
    private const int MaxSymbol = 3;

    private static readonly string[] Joining = ["of", "and", "or", "the", "a", "an"];

    private sealed record Quotient(List<int> Numerator, List<int> Denominator);

    /// <summary>A word of the point's numerator and one of its denominator, as the point spells them, or null.</summary>
    public static (string Numerator, string Denominator)? Find(TargetUnit unit, AnswerIndex answer)
    {
        if (unit.Tokens.Count < 2 || answer.Tokens.Count < 2 || !Marker().IsMatch(unit.Plain))
        {
            return null;
        }

        List<Quotient>? answerQuotients = null;
        foreach (var point in Read(unit.Tokens, unit.Plain))
        {
            // A word on both sides ("power" in "the ratio of signal power to noise power") tells nothing.
            var numeratorKeys = point.Numerator.Select(i => unit.Tokens[i].Key).ToHashSet(StringComparer.Ordinal);
            var denominatorKeys = point.Denominator.Select(i => unit.Tokens[i].Key).ToHashSet(StringComparer.Ordinal);
            var numerator = point.Numerator.Select(i => unit.Tokens[i]).Where(t => !denominatorKeys.Contains(t.Key)).ToList();
            var denominator = point.Denominator.Select(i => unit.Tokens[i]).Where(t => !numeratorKeys.Contains(t.Key)).ToList();
            if (numerator.Count == 0 || denominator.Count == 0)
            {
                continue;
            }

            answerQuotients ??= Read(answer.Tokens, answer.Text);
            var kept = answerQuotients.Any(q => Said(answer, numerator, [.. q.Numerator]) is not null && Said(answer, denominator, [.. q.Denominator]) is not null);
            foreach (var said in answerQuotients)
            {
                var turnedNumerator = Said(answer, numerator, [.. said.Denominator]);
                var turnedDenominator = Said(answer, denominator, [.. said.Numerator]);
                if (!kept && turnedNumerator is not null && turnedDenominator is not null)
                {
                    return (turnedNumerator.Value.SurfaceIn(unit.Plain), turnedDenominator.Value.SurfaceIn(unit.Plain));
                }
            }
        }

        return null;
    }

    private static GradingToken? Said(AnswerIndex answer, List<GradingToken> words, HashSet<int> where) => answer.FirstSaidAt(words, where, Strong);

    private static List<Quotient> Read(IReadOnlyList<GradingToken> tokens, string text)
    {
        var found = new List<Quotient>();
        foreach (Match m in Marker().Matches(text))
        {
            var (numerator, denominator) = m.Groups["ratio"].Success
                ? (Side(tokens, text, End(m.Groups["ratio"]), forward: true, m.Groups["to"].Index), Side(tokens, text, End(m.Groups["to"]), forward: true))
                : m.Groups["slash"].Success
                    ? (Side(tokens, text, m.Index, forward: false, brackets: true), Side(tokens, text, End(m), forward: true, brackets: true))
                    : (Side(tokens, text, m.Index, forward: false), Side(tokens, text, End(m), forward: true));
            // Between words a slash mostly means "or" ("precision/recall trade-off", "train/test split"); it divides
            // between the symbols of a formula ("p/q", "TP/(TP + FN)").
            var symbols = !m.Groups["slash"].Success || (numerator.Count > 0 && denominator.Count > 0
                && tokens[numerator[^1]].Length <= MaxSymbol && tokens[denominator[0]].Length <= MaxSymbol);
            if (symbols && numerator.Count > 0 && denominator.Count > 0 && !numerator.Concat(denominator).Any(i => tokens[i].Negated))
            {
                found.Add(new Quotient(numerator, denominator));
            }
        }

        return found;
    }

    /// <summary>
    /// The side that starts at the first word after <paramref name="at"/> (<paramref name="forward"/>) or ends at the last
    /// word before it, stopping before <paramref name="limit"/>; with <paramref name="brackets"/>, past brackets next to
    /// the marker ("TP/(TP + FN)").
    /// </summary>
    private static List<int> Side(IReadOnlyList<GradingToken> tokens, string text, int at, bool forward, int limit = int.MaxValue, bool brackets = false)
    {
        var side = new List<int>();
        var order = forward ? Enumerable.Range(0, tokens.Count) : Enumerable.Range(0, tokens.Count).Reverse();
        foreach (var i in order.Where(i => forward ? tokens[i].Start >= at : tokens[i].End <= at))
        {
            if (side.Count == MaxSide || tokens[i].End > limit)
            {
                break;
            }

            var (from, to) = forward
                ? (side.Count == 0 ? at : tokens[side[^1]].End, tokens[i].Start)
                : (tokens[i].End, side.Count == 0 ? at : tokens[side[^1]].Start);
            if (!Joins(text, from, to) && !(brackets && side.Count == 0 && from <= to && to <= text.Length && text[from..to].All(c => char.IsWhiteSpace(c) || c is '(' or ')')))
            {
                break;
            }

            side.Add(i);
        }

        if (!forward)
        {
            side.Reverse();
        }

        return side;
    }

    private static int End(Capture capture) => capture.Index + capture.Length;

    /// <summary>True when nothing but spaces, a hyphen or a joining word stands between two words of one side.</summary>
    private static bool Joins(string text, int from, int to)
    {
        if (from > to || to > text.Length)
        {
            return false;
        }

        var gap = text[from..to];
        return gap.All(c => char.IsWhiteSpace(c) || char.IsLetter(c) || c is '-' or '\'' or '’')
            && RoleSwap.Words(gap).All(w => Array.IndexOf(Joining, w) >= 0);
    }

    [GeneratedRegex(@"\b(?:divided\s+by|(?<ratio>ratio\s+of)\b[^.;:!?]{1,60}?\b(?<to>to)\b)|(?<slash>(?<=[\w)])\s?/\s?(?=[\w(]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
