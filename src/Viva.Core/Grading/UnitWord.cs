using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>Whether a unit states a word, negates it, or does both in different places.</summary>
internal enum Polarity
{
    Affirmed,
    Negated,
    Either,
}

/// <summary>A distinct word of a unit: its weight, polarity, subject (empty when it has several) and the words of its clause.</summary>
/// <param name="Token">Its first occurrence.</param>
/// <param name="Weight">Idf weight, demoted when the question says it.</param>
/// <param name="Polarity">Affirmed, negated, or both.</param>
/// <param name="Anchor">The subject it is said of; empty when said of several; null when none or itself a subject.</param>
/// <param name="ClauseKeys">The keys of the clause it first appears in.</param>
internal sealed partial record UnitWord(GradingToken Token, float Weight, Polarity Polarity, string? Anchor, HashSet<string> ClauseKeys)
{
    /// <summary>True when the word stands right beside its subject ("lowers bias"), so its subject is clear even in a clause that names two.</summary>
    public bool Binds { get; init; }

    // Words that negate by their meaning ("ignores word order", "are excluded from weight decay"). An answer states such a
    // clause as often with a plain negation ("doesn't know word order", "you don't decay biases"), so the clause's other
    // words may be negated or not; the word itself keeps its polarity, and its opposites ("captures") still contradict it.
    private static readonly HashSet<string> NegatingVerbs = new(
        new[] { "ignore", "exclude", "lack", "omit", "avoid", "fail", "absent", "regardless", "lose", "discard", "stall", "prevent", "hinder", "halt", "stop", "disable", "differ" }.Select(PorterStemmer.Stem),
        StringComparer.Ordinal);

    // In an answer, words that deny by their meaning, so that the sentence may say a word the unit negates without a
    // negator: "avoid chained indexing" for "never chained indexing", "significant and important are different things"
    // for "significance is not importance", "pixel accuracy is misleading" for "not pixel accuracy".
    private static readonly HashSet<string> AnswerNegatingWords = new(
        NegatingVerbs.Concat(new[] { "different", "differ", "distinct", "misleading" }.Select(PorterStemmer.Stem)),
        StringComparer.Ordinal);

    // Words that say nothing changes ("unchanged") or that a thing is absent ("zero weights", "nothing to train"), and the
    // verbs that say so with "same" or "fine" after them ("the order stays the same" for "never changes the order",
    // "the predictions stay fine" for "not necessarily the predictions").
    private static readonly HashSet<string> UnchangedWords = new(new[] { "unchanged", "unaffected", "intact", "zero" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);
    private static readonly HashSet<string> StayVerbs = new(new[] { "stay", "remain" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);
    private static readonly HashSet<string> SameWords = new(new[] { "same", "constant", "fixed", "fine", "stable" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);

    /// <summary>
    /// The clauses of an answer's tokens that hold a word denying by its meaning ("avoid", "prevents", "different"), one
    /// saying a thing is absent ("zero weights") or unchanged ("unchanged", "stays the same").
    /// </summary>
    public static HashSet<int> NegatingClauses(IReadOnlyList<GradingToken> tokens)
    {
        var clauses = tokens.Where(t => !t.Negated && (AnswerNegatingWords.Contains(t.Key) || UnchangedWords.Contains(t.Key))).Select(t => t.Clause).ToHashSet();
        for (var t = 1; t < tokens.Count; t++)
        {
            if (!tokens[t - 1].Negated && StayVerbs.Contains(tokens[t - 1].Key) && SameWords.Contains(tokens[t].Key) && tokens[t].Clause == tokens[t - 1].Clause)
            {
                clauses.Add(tokens[t].Clause);
            }
        }

        return clauses;
    }

    /// <summary>True for a word that makes a clause one of <see cref="NegatingClauses"/>: it denies nothing of itself.</summary>
    public static bool MakesNegatingClause(string key) =>
        AnswerNegatingWords.Contains(key) || UnchangedWords.Contains(key) || StayVerbs.Contains(key) || SameWords.Contains(key);

    /// <summary>True for a word that denies by its meaning in an answer ("avoid", "prevents", "different").</summary>
    public static bool NegatesByMeaning(string key) => AnswerNegatingWords.Contains(key);

    /// <summary>
    /// For each sentence of a unit with a negating verb, the first clause the verb reaches. A negating verb reaches the words
    /// of its own clause and of the clauses after it in its sentence ("ignores word order and grammar"), not those of a
    /// claim before it: in "boosting can overfit with too many rounds and needs early stopping", "overfit" is claimed
    /// outright, and "boosting never overfits" denies it. A clause of one or two words before it is a thing joined to its
    /// subject, not a claim: "biases and normalisation parameters are excluded" excludes the biases too. A verb joined
    /// by "and" to a claim before it reaches from itself on: in "weights that depend on content and differ
    /// per query", "depend" is claimed outright. A contrast ends its reach: in "exclude protected attributes from the model
    /// but use them to test fairness", "use" is claimed outright.
    /// </summary>
    /// <returns>The indices of the tokens a negating verb reaches.</returns>
    private static HashSet<int> NegatedReach(IReadOnlyList<GradingToken> tokens, string? text)
    {
        const int MaxJoinedWords = 2;
        var reached = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!NegatingVerbs.Contains(t.Key))
            {
                continue;
            }

            var from = i;
            if (!JoinedToClaim(tokens, text, i))
            {
                var clause = t.Clause;
                while (tokens.Count(u => u.Sentence == t.Sentence && u.Clause == clause - 1) is > 0 and <= MaxJoinedWords)
                {
                    clause--;
                }

                from = Enumerable.Range(0, tokens.Count).First(j => tokens[j].Sentence == t.Sentence && tokens[j].Clause >= clause);
            }

            for (var j = from; j < tokens.Count && tokens[j].Sentence == t.Sentence && (j <= i || !Contrasts(tokens, text, j)); j++)
            {
                reached.Add(j);
            }
        }

        return reached;
    }

    private static readonly string[] ContrastWords = ["but", "whereas", "yet", "although", "though"];

    /// <summary>True when a contrast word ("but", "whereas") stands between the token at <paramref name="j"/> and the one before it.</summary>
    private static bool Contrasts(IReadOnlyList<GradingToken> tokens, string? text, int j) =>
        text is not null && j > 0 && tokens[j - 1].End <= tokens[j].Start && tokens[j].Start <= text.Length
        && text[tokens[j - 1].End..tokens[j].Start].Split([' ', ',', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => Array.IndexOf(ContrastWords, w.ToLowerInvariant()) >= 0);

    /// <summary>True when "and" joins the token at <paramref name="i"/> to the word before it in its sentence.</summary>
    private static bool JoinedToClaim(IReadOnlyList<GradingToken> tokens, string? text, int i)
    {
        if (text is null || i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence
            || tokens[i - 1].End > tokens[i].Start || tokens[i].Start > text.Length)
        {
            return false;
        }

        return text[tokens[i - 1].End..tokens[i].Start].Trim().Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The index of the token "replaces" in a unit that says "A replaces B" (not "replaces B with A"); -1 when none.</summary>
    private static int ReplacingToken(IReadOnlyList<GradingToken> tokens, string? text)
    {
        if (text is null || ReplacesWord().Match(text) is not { Success: true } m)
        {
            return -1;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == m.Index)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\breplaces\b(?![^.;:!?]{0,60}?\b(?:with|by)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplacesWord();

    /// <summary>The distinct words of a unit's tokens.</summary>
    /// <param name="tokens">The unit's tokens.</param>
    /// <param name="weight">Each word's weight.</param>
    /// <param name="subjects">The target's subjects.</param>
    /// <param name="text">The unit's text, to read what joins its words (null when not known).</param>
    public static List<UnitWord> Distinct(IReadOnlyList<GradingToken> tokens, Func<string, float> weight, HashSet<string> subjects, string? text = null)
    {
        var anchors = SubjectMap.Anchors(tokens, subjects);
        var negatedReach = NegatedReach(tokens, text);
        var replacing = ReplacingToken(tokens, text);


        // A clause that affirms the opposite of a negating verb says its words plainly: in "captures linear structure only
        // and ignores the target", "linear" is claimed, and "captures nonlinear structure" contradicts it.
        var affirmingClauses = tokens.Where(t => !t.Negated && NegatingVerbs.Any(v => SynonymLexicon.AreOpposite(v, t.Key)))
            .Select(t => (t.Sentence, t.Clause)).ToHashSet();
        var words = new List<UnitWord>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // The alternative a unit sets aside ("layer norm instead of BN") is no claim an answer can contradict: answers
            // name it as often to reject it as to say what came before.
            // A word a negator governs keeps its polarity beside a negating verb: "failing to reject H₀ does not prove it true".
            // "give zero gradient" is said as often as "give no gradient": the word after "zero" takes either form, and
            // "zero" itself carries the claim.
            var afterZero = i > 0 && tokens[i - 1].Key == "zero" && !tokens[i - 1].Negated && tokens[i - 1].Clause == token.Clause && tokens[i - 1].Sentence == token.Sentence;
            // What "A replaces B" replaces is set aside, as after "instead of": "use A instead of B" says the same.
            var replaced = replacing >= 0 && i > replacing && token.Sentence == tokens[replacing].Sentence && token.Clause == tokens[replacing].Clause;
            var polarity = token.SetAside || afterZero || replaced || (negatedReach.Contains(i) && !NegatingVerbs.Contains(token.Key) && !(token.Negated && token.InNegatedSentence)
                && !affirmingClauses.Contains((token.Sentence, token.Clause))) ? Polarity.Either
                : token.Negated ? Polarity.Negated : Polarity.Affirmed;
            var anchor = subjects.Contains(token.Key) ? null : anchors[i];
            var k = words.FindIndex(w => string.Equals(w.Token.Key, token.Key, StringComparison.Ordinal));
            if (k < 0)
            {
                var clause = tokens.Where(t => t.Sentence == token.Sentence).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
                words.Add(new UnitWord(token, weight(token.Key), polarity, anchor, clause) { Binds = SubjectMap.Binds(tokens, i, anchor) });
                continue;
            }

            var word = words[k];
            words[k] = word with
            {
                Polarity = word.Polarity == polarity ? polarity : Polarity.Either,
                Anchor = word.Anchor == anchor ? anchor : string.Empty,
                Binds = word.Binds && word.Anchor == anchor,
            };
        }

        return words;
    }
}
