namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that says a change the key point states does not happen: "leaves perplexity essentially unchanged"
/// for "makes perplexity blow up", "epistemic uncertainty stays the same however much data you collect" for "shrinks
/// with more data". The answer says the point's thing, and the encoder reads it as close as a paraphrase; only the
/// missing change tells.
/// </summary>
/// <remarks>
/// The point affirms a change word ("grows", "shrinks", "blows up") in a sentence that names other words. The answer
/// denies the change when a clause that says one of those other words also says nothing changes ("unchanged",
/// "unaffected", "stays the same", "doesn't change") and its sentence says no change of its own ("can't be reduced,
/// whereas it goes down with more data" speaks of a change); an answer that says the point's change
/// anywhere keeps the point.
/// </remarks>
internal static class DeniedChange
{
    // Matched at least this well (the word, its stem, a synonym), a point word counts as said.
    private const float Strong = 0.8f;

    // Words that say a quantity changes.
    private static readonly HashSet<string> ChangeWords = new(
        new[]
        {
            "change", "increase", "decrease", "grow", "shrink", "rise", "fall", "drop", "reduce", "raise", "blow", "explode",
            "inflate", "diverge", "vanish", "improve", "degrade", "worsen", "boost", "hurt", "harm", "affect", "shift", "climb",
            "spike", "collapse", "deteriorate",
        }.Select(PorterStemmer.Stem),
        StringComparer.Ordinal);

    // Words that say which way a quantity moves ("goes down"): a sentence that says one speaks of a change.
    private static readonly HashSet<string> Moves = new(["up", "down"], StringComparer.Ordinal);

    // Words for what a change does to something, which say nothing changes when negated ("has no effect on k-NN",
    // "scaling doesn't matter for trees").
    private static readonly HashSet<string> EffectWords = new(new[] { "effect", "impact", "influence", "matter" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);

    // Words that say nothing changes, and the verbs that say so with a word of sameness after them.
    private static readonly HashSet<string> UnchangedWords = new(new[] { "unchanged", "unaffected", "intact" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);
    private static readonly HashSet<string> StayVerbs = new(new[] { "stay", "remain", "keep" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);
    private static readonly HashSet<string> SameWords = new(new[] { "same", "constant", "fixed", "flat", "stable" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);

    /// <summary>The point's change word the answer denies, as a conflict at the answer's word that says nothing changes, or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        var tokens = unit.Tokens;
        if (Enumerable.Range(0, tokens.Count).Any(i => tokens[i].Negated || UnitWord.NegatesByMeaning(tokens[i].Key) || Unchanging(tokens, i)))
        {
            return null;
        }

        var changes = tokens.Where(t => ChangeWords.Contains(t.Key)).ToList();
        if (changes.Count == 0 || Says(answer, changes))
        {
            return null;
        }

        var sentences = changes.Select(c => c.Sentence).ToHashSet();
        foreach (var word in unit.Words.Where(w => sentences.Contains(w.Token.Sentence) && !ChangeWords.Contains(w.Token.Key) && !SynonymLexicon.Opposites(w.Token.Key).Any()))
        {
            foreach (var match in answer.Matches(word.Token))
            {
                if (match.Opposite || match.Similarity < Strong || answer.Tokens[match.Position].Negated)
                {
                    continue;
                }

                var said = answer.Tokens[match.Position];
                var sentence = Enumerable.Range(0, answer.Tokens.Count).Where(i => answer.Tokens[i].Sentence == said.Sentence).ToList();
                if (sentence.Any(i => (ChangeWords.Contains(answer.Tokens[i].Key) || Moves.Contains(answer.Tokens[i].Key)) && !answer.Tokens[i].Negated))
                {
                    continue;
                }

                if (sentence.FirstOrDefault(i => answer.Tokens[i].Clause == said.Clause && Unchanging(answer.Tokens, i), -1) is >= 0 and var at)
                {
                    var denial = answer.Tokens[at];
                    return new UnitConflict(ConflictKind.Negated, changes[0].SurfaceIn(unit.Plain), denial.Start, denial.Length, null, null);
                }
            }
        }

        return null;
    }

    /// <summary>True when the token says nothing changes: "unchanged", a negated change or effect ("doesn't change", "no effect"), or "same" after "stays".</summary>
    private static bool Unchanging(IReadOnlyList<GradingToken> tokens, int i)
    {
        var token = tokens[i];
        if (UnchangedWords.Contains(token.Key) || (token.Negated && (ChangeWords.Contains(token.Key) || EffectWords.Contains(token.Key))))
        {
            return true;
        }

        return i > 0 && SameWords.Contains(token.Key) && !tokens[i - 1].Negated && StayVerbs.Contains(tokens[i - 1].Key) && tokens[i - 1].Sentence == token.Sentence;
    }

    /// <summary>True when the answer affirms one of the point's change words or a synonym of one.</summary>
    private static bool Says(AnswerIndex answer, List<GradingToken> changes) =>
        changes.Any(c => answer.Matches(c).Any(m => !m.Opposite && m.Similarity >= Strong && !answer.Tokens[m.Position].Negated));
}
