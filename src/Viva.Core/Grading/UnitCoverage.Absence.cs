using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Readings by which an answer's negated word asks for the absence or rarity a point's verb already asks for: "make sure
/// no target information leaks" for "look for target leakage", "you rarely write boilerplate" for "minimises
/// boilerplate"; and by which a word the point denies only as the object of a denied verb may be said elsewhere.
/// </summary>
internal static partial class UnitCoverage
{
    /// <summary>
    /// True when the unit tells the reader to look for or guard against its thing and the answer's negation follows
    /// "make sure", "ensure" or "check that": the state it asks to be ensured is the thing's absence.
    /// </summary>
    private static bool EnsuredAbsent(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        return word.Polarity == Polarity.Affirmed && token.Negated && LookFor().IsMatch(unit.Plain)
            && SentenceBefore(answer, token) is { } lead && EnsureThat().IsMatch(lead);
    }

    /// <summary>
    /// True when the unit lessens its word ("minimises boilerplate", "reduces the number of calls") and the answer
    /// says the word happens rarely or hardly ("you rarely write boilerplate").
    /// </summary>
    private static bool LessenedRarely(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        if (word.Polarity != Polarity.Affirmed || !token.Negated || word.Token.Start > unit.Plain.Length
            || SentenceBefore(answer, token) is not { } lead || !WeakNegator().IsMatch(lead))
        {
            return false;
        }

        // "Hardly lowers bias" denies the lessening itself.
        var unitStart = unit.Plain.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, word.Token.Start - 1)) + 1;
        var denied = lead[WeakNegator().Matches(lead)[^1].Index..] + answer.Text[token.Start..token.End];
        return Lessening().IsMatch(unit.Plain[unitStart..word.Token.Start]) && !Lessens().IsMatch(denied);
    }

    /// <summary>
    /// True when the unit denies a verb of its word ("reruns do not duplicate data") and the answer denies that verb too
    /// ("a rerun never duplicates rows"): the word said elsewhere ("processes only new data") is not the denied claim.
    /// </summary>
    private static bool DeniedVerbAgreed(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        if (word.Polarity != Polarity.Negated || answer.Tokens[position].Negated)
        {
            return false;
        }

        // The verb is the word's neighbour in the unit, denied with it: "duplicate" in "do not duplicate data".
        var at = RoleSwap.IndexOf(unit.Tokens, word.Token);
        var verb = at > 0 ? unit.Tokens[at - 1] : default;
        return verb.Key is not null && verb.Negated && verb.Clause == word.Token.Clause
            && answer.Matches(verb).Any(m => !m.Opposite && m.Similarity >= Strong && m.Position != position && answer.Tokens[m.Position].Negated);
    }

    /// <summary>
    /// True when the unit says "more robust" (or stable, tolerant) and the answer's opposite word says the thing matters
    /// or hurts less: "outliers matter less" is "more robust to outliers" said from the other side.
    /// </summary>
    private static bool ImpactLessened(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        return token.Key == "less" && word.Token.End <= unit.Plain.Length && token.Start <= answer.Text.Length
            && RobustAfter().IsMatch(unit.Plain[word.Token.End..]) && ImpactBefore().IsMatch(answer.Text[..token.Start]);
    }

    [GeneratedRegex(@"^\s+(?:robust|stable|resilient|tolerant|insensitive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RobustAfter();

    [GeneratedRegex(@"\b(?:matters?|hurts?|affects?|influences?|counts?|pulls?|weighs?|bothers?|disturbs?)\s+(?:much\s+|far\s+|a\s+lot\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImpactBefore();

    // The answer's sentence up to the word.
    private static string? SentenceBefore(AnswerIndex answer, in GradingToken token) =>
        answer.SentenceBounds(token.Sentence) is { } bounds && bounds.Start <= token.Start && token.Start <= answer.Text.Length
            ? answer.Text[bounds.Start..token.Start]
            : null;

    [GeneratedRegex(@"\b(?:look|looking|check|checking|watch|detect|detecting|spot|audit|guard|test)\s+(?:for|against)\b|\b(?:avoid|avoiding|prevent|preventing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LookFor();

    [GeneratedRegex(@"\b(?:make\s+sure|making\s+sure|ensure|ensuring|check\s+that|verify\s+that|confirm\s+that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnsureThat();

    [GeneratedRegex(@"\b(?:rarely|seldom|hardly|barely|scarcely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeakNegator();

    [GeneratedRegex(@"\b(?:minimi[sz]\w*|reduc\w*|cuts?|cutting|lowers?|lowering|limits?|limiting|fewer|less|shrinks?|decreas\w*|drops?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lessens();

    // A lessening verb before the unit's word, in its sentence.
    [GeneratedRegex(@"\b(?:minimi[sz]\w*|reduc\w*|cuts?|cutting|lowers?|lowering|limits?|limiting|fewer|less)\b[^,;:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Lessening();
}
