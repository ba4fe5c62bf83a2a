using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that turns a key point's conversion round: "pivoting turns columns into rows" for "pivoting turns
/// row values into columns", "the generator maps samples to noise" for "maps noise to samples". Both things are named,
/// by the same subject, so words and meaning alike read the point as made; only which side of "into" or "to" each
/// stands on tells.
/// </summary>
/// <remarks>
/// A conversion is "A into B", "from A to B", or a verb of mapping ("maps", "turns", "converts"…) with "A to B". The
/// thing converted is one of the two words before the connector ("row values"), the result the first word after it. The
/// answer turns it round when, in a clause that names the point's subject as the point does (a word the point negates
/// by its prefix, "unpivoting", must be negated there too), it converts the point's result into the point's source, and
/// says the point's own conversion nowhere.
/// </remarks>
internal static partial class ConversionSwap
{
    // Matched at least this well (the word, its stem, a synonym), a word's side is compared.
    private const float Strong = 0.8f;

    // Verbs of conversion: they say what is converted, not who converts.
    private static readonly HashSet<string> Verbs = new(
        new[] { "turn", "map", "convert", "transform", "translate", "project" }.Select(PorterStemmer.Stem),
        StringComparer.Ordinal);

    private readonly record struct Conversion(int[] Sources, int Result, int Clause);

    /// <summary>The point's source and result (as the point writes them) when the answer converts them the other way, or null.</summary>
    public static (string Source, string Result)? Find(TargetUnit unit, AnswerIndex answer)
    {
        var unitTokens = unit.Tokens;
        var said = new Dictionary<int, HashSet<int>>();
        HashSet<int> Said(int u) => said.TryGetValue(u, out var found) ? found : said[u] = answer.Matches(unitTokens[u])
            .Where(m => !m.Opposite && m.Similarity >= Strong && answer.Tokens[m.Position].Negated == unitTokens[u].Negated).Select(m => m.Position).ToHashSet();

        var answerConversions = Conversions(answer.Text, answer.Tokens).ToList();
        foreach (var point in Conversions(unit.Plain, unitTokens))
        {
            var subjects = Enumerable.Range(0, point.Sources[0]).Where(u => unitTokens[u].Clause == point.Clause && !Verbs.Contains(unitTokens[u].Key)).ToList();
            if (subjects.Count == 0)
            {
                // Without a subject of its own, the point's conversion could be any of the answer's.
                continue;
            }

            bool Names(Conversion c) => subjects.Any(u => Said(u).Any(p => answer.Tokens[p].Clause == c.Clause));
            bool Converts(Conversion c, int[] sources, int result) => Said(result).Contains(c.Result) && sources.Any(s => c.Sources.Any(Said(s).Contains));
            bool TurnsRound(Conversion c) => point.Sources.Any(s => Said(s).Contains(c.Result)) && c.Sources.Any(Said(point.Result).Contains);

            // Only a subject the point negates by its prefix ("unpivoting") tells two conversions of one point apart.
            if (!answerConversions.Any(c => Names(c) && TurnsRound(c)) || answerConversions.Any(c => Names(c) && Converts(c, point.Sources, point.Result)))
            {
                continue;
            }

            return (unitTokens[point.Sources[^1]].SurfaceIn(unit.Plain), unitTokens[point.Result].SurfaceIn(unit.Plain));
        }

        return null;
    }

    // Each conversion of a text: the connector, up to two words before it in its clause and the first word after it.
    private static IEnumerable<Conversion> Conversions(string text, IReadOnlyList<GradingToken> tokens)
    {
        foreach (Match connector in Connector().Matches(text))
        {
            var after = -1;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Start >= connector.Index + connector.Length)
                {
                    after = t;
                    break;
                }
            }

            if (after < 1 || tokens[after].Clause != tokens[after - 1].Clause || tokens[after - 1].End > connector.Index)
            {
                continue;
            }

            var sources = new[] { after - 2, after - 1 }.Where(s => s >= 0 && tokens[s].Clause == tokens[after].Clause && !Verbs.Contains(tokens[s].Key)).ToArray();
            var gap = tokens[after].Start <= text.Length ? text[(connector.Index + connector.Length)..tokens[after].Start] : ",";
            if (sources.Length == 0 || gap.Contains(',', StringComparison.Ordinal) || !IsConversion(text, tokens, sources[0], connector))
            {
                continue;
            }

            yield return new Conversion(sources, after, tokens[after].Clause);
        }
    }

    // "into" converts by itself; "to" when "from" or a verb of conversion stands just before the source.
    private static bool IsConversion(string text, IReadOnlyList<GradingToken> tokens, int source, Match connector)
    {
        if (connector.Value.Equals("into", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var from = source > 0 && tokens[source - 1].Clause == tokens[source].Clause ? tokens[source - 1].End : 0;
        return FromBefore().IsMatch(text[from..tokens[source].Start])
            || (source > 0 && tokens[source - 1].Clause == tokens[source].Clause && Verbs.Contains(tokens[source - 1].Key));
    }

    [GeneratedRegex(@"\b(?:into|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@"\bfrom\b", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();
}
