using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// The words an "only" (or a word like it) limits a claim to: the few content words after it, up to the next
/// punctuation ("only the forward pass", "only by degree").
/// </summary>
internal static class LimitedPhrase
{
    /// <summary>Each match of <paramref name="limit"/> in the text, with the words after it that it limits the claim to.</summary>
    public static IEnumerable<(Match Limit, List<GradingToken> Words)> After(string text, IReadOnlyList<GradingToken> tokens, Regex limit, int reach)
    {
        foreach (Match match in limit.Matches(text))
        {
            var from = match.Index + match.Length;
            var words = tokens.Where(t => t.Start >= from).Take(reach)
                .TakeWhile(t => t.Start <= text.Length && text.AsSpan(from, t.Start - from).IndexOfAny([',', ';', '.', ':']) < 0).ToList();
            yield return (match, words);
        }
    }
}
