using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Readings by which an answer's denial is the exclusion a point's "only" or "mixing" already makes: what the point
/// limits a thing to, the answer limits it to too, and denies the rest, or denies the point's verb only of another thing.
/// </summary>
internal static partial class UnitCoverage
{
    // How many words after "only" name what it limits the claim to ("only by degree", "only the forward pass").
    private const int ExclusiveReach = 3;

    /// <summary>
    /// True when the unit limits its claim with "only" and the answer, in the statement of its negated word, limits it to
    /// the same thing: "no backward pass, just the forward one" for "runs only the forward pass", "doesn't learn how much
    /// each neighbour matters; the weighting comes only from the degrees" for "weights neighbours only by degree".
    /// </summary>
    private static bool ExclusionStated(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        if (word.Polarity != Polarity.Affirmed || !token.Negated)
        {
            return false;
        }

        var limited = LimitedTo(unit.Plain, unit.Tokens);
        if (limited.Count == 0)
        {
            return false;
        }

        var negated = token;
        return answer.Tokens.Any(t => OneStatement(answer.Text, negated, t) && !t.Negated && t.Key != word.Token.Key && limited.Contains(t.Key) && InExclusiveReach(answer, t));
    }

    /// <summary>
    /// True when the unit affirms a word beside one of mixing ("mixing strategies", "combine several models") and the
    /// answer denies it only of a single one: "don't commit to a single strategy" asks for more than one.
    /// </summary>
    private static bool SingleDenied(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        if (word.Polarity != Polarity.Affirmed || !token.Negated || !MixingWord().IsMatch(unit.Plain)
            || token.Start > answer.Text.Length || answer.SentenceBounds(token.Sentence) is not { } bounds)
        {
            return false;
        }

        return SingleBefore().IsMatch(answer.Text[bounds.Start..token.Start]);
    }

    /// <summary>
    /// True when the answer's negation of the unit's word is spent on another thing, the only other word it denies, and the
    /// answer says what the unit's word acts on elsewhere, unnegated: "never give you a view; you always get a copy" for
    /// "always return copies".
    /// </summary>
    private static bool DeniedOfOtherObject(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        if (word.Polarity != Polarity.Affirmed || !token.Negated)
        {
            return false;
        }

        var tokens = answer.Tokens;
        var denied = Enumerable.Range(0, tokens.Count).Where(i => i != position && tokens[i].Clause == token.Clause && tokens[i].Negated).ToList();
        var unitSaid = unit.Words.SelectMany(w => answer.Matches(w.Token).Where(m => m.Similarity >= Strong).Select(m => m.Position)).ToHashSet();
        if (!denied.Any(i => i > position) || denied.Any(unitSaid.Contains))
        {
            return false;
        }

        return unit.Words.Where(w => w.Token.Start > word.Token.Start)
            .Any(w => answer.Matches(w.Token).Any(m => !m.Opposite && m.Similarity >= Strong && !tokens[m.Position].Negated && tokens[m.Position].Clause != token.Clause));
    }

    // The keys of the words "only" (or "just", "solely") names in the unit.
    private static HashSet<string> LimitedTo(string text, IReadOnlyList<GradingToken> tokens) =>
        LimitedPhrase.After(text, tokens, OnlyWord(), ExclusiveReach).SelectMany(p => p.Words).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    // Two words of one sentence, or of two that a semicolon joins ("doesn't learn …; the weighting comes only from …").
    private static bool OneStatement(string text, in GradingToken a, in GradingToken b)
    {
        if (a.Sentence == b.Sentence)
        {
            return true;
        }

        var (from, to) = a.Start < b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return Math.Abs(a.Sentence - b.Sentence) == 1 && from <= to && to <= text.Length && text.AsSpan(from, to - from).IndexOfAny(['.', '!', '?', '\n']) < 0;
    }

    private static bool InExclusiveReach(AnswerIndex answer, in GradingToken token)
    {
        var start = token.Start;
        return OnlyWord().Matches(answer.Text).Any(m => m.Index < start
            && answer.Tokens.Count(t => t.Start > m.Index && t.Start <= start) <= ExclusiveReach
            && !answer.Text[m.Index..start].AsSpan().ContainsAny([',', ';', '.', ':']));
    }

    [GeneratedRegex(@"\b(?:only|just|solely|purely|exclusively)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyWord();

    [GeneratedRegex(@"\b(?:mix\w*|combin\w*|blend\w*|several|multiple|ensembles?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MixingWord();

    // The denied word is the noun of "a single" or "one", right before it: "commit to a single strategy".
    [GeneratedRegex(@"\b(?:a\s+single|single|just\s+one|only\s+one|one)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleBefore();
}
