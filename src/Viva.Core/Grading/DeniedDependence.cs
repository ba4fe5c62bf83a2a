using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that says its claim holds whatever one of the key point's things is, where the point makes the claim
/// turn on that thing: "one fixed strategy whatever the filter's selectivity" for "pick a strategy from the estimated
/// selectivity", "a positive result means you have the disease, whatever the prevalence" for "low prevalence makes most
/// positives false". The answer names the point's thing, so words and meaning alike read it as said.
/// </summary>
/// <remarks>
/// The words of a clause after "whatever the", "regardless of", "irrespective of", "no matter" or "fixed (the same)
/// for every" are set free of the claim. The answer denies the point when it says a word of the point only there, and the point itself frees nothing
/// ("regardless of their content", "any hyperplane") and denies nothing ("temperature never changes the ranking").
/// </remarks>
internal static partial class DeniedDependence
{
    // Matched at least this well (the word, its stem, a synonym), a point word counts as said.
    private const float Strong = 0.8f;

    /// <summary>The point's word the answer sets free of its claim, as a conflict at the answer's word, or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        var markers = Marker().Matches(answer.Text);
        if (markers.Count == 0 || Marker().IsMatch(unit.Plain) || AnyOf().IsMatch(unit.Plain) || unit.Tokens.Any(t => t.Negated))
        {
            return null;
        }

        var free = new HashSet<int>();
        // A point that itself keeps something fixed ("fixed per offset, while attention weights depend on content") is
        // restated, not denied, by an answer that says so.
        var keepsFixed = Kept().IsMatch(unit.Plain);
        foreach (Match marker in markers)
        {
            if (keepsFixed && marker.Groups["kept"].Success)
            {
                continue;
            }

            var first = Enumerable.Range(0, answer.Tokens.Count).FirstOrDefault(i => answer.Tokens[i].Start >= marker.Index + marker.Length, -1);
            for (var i = first; i >= 0 && i < answer.Tokens.Count && answer.Tokens[i].Clause == answer.Tokens[first].Clause; i++)
            {
                free.Add(i);
            }
        }

        foreach (var word in unit.Words.Where(w => w.Polarity == Polarity.Affirmed))
        {
            var said = answer.Matches(word.Token).Where(m => !m.Opposite && m.Similarity >= Strong && !answer.Tokens[m.Position].Negated).Select(m => m.Position).ToList();
            if (said.Count > 0 && said.All(free.Contains))
            {
                var token = answer.Tokens[said[0]];
                return new UnitConflict(ConflictKind.Negated, word.Token.SurfaceIn(unit.Plain), token.Start, token.Length, null, null);
            }
        }

        return null;
    }

    // "Whatever" before a thing ("whatever the prevalence"), not before a claim ("takes whatever looks best"); a thing kept
    // the same for every one of another ("keeps Δ fixed for every input").
    [GeneratedRegex(@"\b(whatever (the|your|its|their|our|how|which)|regardless|irrespective|no matter|(?<kept>(fixed|constant|the same|unchanged|identical) (for|across) (every|each|all|any)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\b(fixed|constant|the same|unchanged|identical)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kept();

    // A point that itself leaves a choice free ("stops at any separating hyperplane").
    [GeneratedRegex(@"\b(any|every|whatever)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyOf();
}
