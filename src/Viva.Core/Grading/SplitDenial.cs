using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that denies the point's word where it says the rest of the point and affirms it only of something
/// else: "Cross-entropy is non-convex in the logits but convex in the weights" for "Cross-entropy is convex in the
/// logits". The affirmed "convex" matches the point's as well as the denied one, so the words alone read the point as
/// stated.
/// </summary>
/// <remarks>
/// The point says the word plainly. The answer says it denied in a clause that holds another of the point's words, and
/// affirmed only in clauses holding none of the point's words the denying clause lacks and missing one it holds: the
/// affirmed word is said of another thing. "Dropout isn't used at test time but is used during training" keeps a point
/// that dropout is used during training, since its affirming clause holds "training", which the denying one lacks.
/// </remarks>
internal static partial class SplitDenial
{
    // Matched at least this well (the word, its stem, a synonym), a point word counts as said.
    private const float Strong = 0.8f;

    /// <summary>The point's word the answer denies where it says the point, as a conflict at the denied word, or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        if (answer.Tokens.Count < 4)
        {
            return null;
        }

        var clauses = ClauseExchange.Clauses(answer.Tokens, answer.Text);
        var unitKeys = unit.Words.Select(w => w.Token.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var word in unit.Words.Where(w => w.Polarity == Polarity.Affirmed))
        {
            var denied = new List<int>();
            var affirmed = new List<int>();
            foreach (var match in answer.Matches(word.Token))
            {
                if (!match.Opposite && match.Similarity >= Strong)
                {
                    var token = answer.Tokens[match.Position];
                    if (!token.Negated)
                    {
                        affirmed.Add(match.Position);
                    }
                    else if (DeniedAsQuality(token, answer.Text))
                    {
                        denied.Add(match.Position);
                    }
                }
            }

            if (denied.Count == 0 || affirmed.Count == 0)
            {
                continue;
            }

            var affirmedKeys = affirmed.Select(p => PointKeysOf(answer, clauses, clauses[p], unitKeys, word.Token.Key)).ToList();
            foreach (var position in denied)
            {
                var deniedKeys = PointKeysOf(answer, clauses, clauses[position], unitKeys, word.Token.Key);
                if (affirmedKeys.All(keys => keys.IsProperSubsetOf(deniedKeys)))
                {
                    var token = answer.Tokens[position];
                    return new UnitConflict(ConflictKind.Negated, word.Token.SurfaceIn(unit.Plain), token.Start, token.Length, null, null);
                }
            }
        }

        return null;
    }

    // A quality denied of its subject: by the word's own prefix ("unweighted"), a detached "non-" ("non-convex") or right
    // after a negated "is" ("isn't convex"). A denial of what something does ("doesn't output a single code, it
    // outputs…") is often a foil for what it does instead.
    private static bool DeniedAsQuality(in GradingToken token, string text) =>
        !token.SurfaceIn(text).StartsWith(token.Word, StringComparison.OrdinalIgnoreCase) || NegatedCopula().IsMatch(text.AsSpan(0, token.Start));

    [GeneratedRegex(@"(?:(?:\b(?:is|are|was|were)\s+not|\b(?:isn't|aren't|wasn't|weren't|isn’t|aren’t))\s+|\bnon-)$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedCopula();

    // The point's words, other than the one read, that a clause of the answer says.
    private static HashSet<string> PointKeysOf(AnswerIndex answer, int[] clauses, int clause, HashSet<string> unitKeys, string read)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answer.Tokens.Count; i++)
        {
            if (clauses[i] == clause && answer.Tokens[i].Key != read && unitKeys.Contains(answer.Tokens[i].Key))
            {
                keys.Add(answer.Tokens[i].Key);
            }
        }

        return keys;
    }
}
