namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that plainly says what the key point says is prevented: "dropout makes units co-adapt more strongly"
/// for "dropout stops units from co-adapting", "Laplace smoothing sets their probabilities to exactly zero" for "prevents
/// zero probabilities". A point's word after a verb such as "stops" or "prevents" may be said with or without a negation
/// by an answer that agrees ("units can't co-adapt", "keeps units from co-adapting"), so the words alone never read as
/// contradicted (see <see cref="UnitWord"/>); an answer that says all of what is prevented in one clause, with nothing
/// there or around it that denies, reduces or removes it, says that it happens.
/// </summary>
internal static class AffirmedPrevention
{
    // Matched at least this well (the word, its stem, a synonym), a point word counts as said.
    private const float Strong = 0.8f;

    // The share of the prevented words' weight an answer's clause must say.
    private const float MostOf = 0.6f;

    // Verbs that deny what follows them in their clause.
    private static readonly HashSet<string> Preventing = new(
        new[] { "stop", "prevent", "avoid", "hinder", "halt", "ignore", "exclude", "omit", "disable", "discard" }.Select(PorterStemmer.Stem),
        StringComparer.Ordinal);

    // Words by which an answer's clause lessens or removes what it names, or says it is dealt with: "reduces co-adaptation",
    // "fixes the zero probabilities", "fewer zero counts".
    private static readonly HashSet<string> Lessening = new(
        new[]
        {
            "decrease", "reduce", "lower", "shrink", "diminish", "lessen", "cut", "drop", "remove", "delete", "eliminate", "erase",
            "less", "fewer", "fix", "solve", "break", "block", "suppress", "counter", "combat", "rare", "rarely", "seldom", "instead",
            "rather", "risk", "limit", "minimize", "minimise", "zero", "leave",
        }.Select(PorterStemmer.Stem),
        StringComparer.Ordinal);

    // Words of an answer's sentence that make its claim a condition or a counterfactual: "without dropout, units co-adapt",
    // "if you skip smoothing, unseen values get zero probability".
    private static readonly HashSet<string> Conditional = new(StringComparer.Ordinal)
    {
        "if", "unless", "otherwise", "would", "could", "without", "when", "whenever", "once", "until",
    };

    /// <summary>The point's preventing verb, as a conflict at the answer's first word that says the prevented thing, or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        var weights = unit.Words.ToDictionary(w => w.Token.Key, w => w.Weight, StringComparer.Ordinal);
        foreach (var (verb, governed) in Prevented(unit))
        {
            foreach (var clause in answer.Tokens.Select(t => t.Clause).Distinct())
            {
                if (SaysPlainly(answer, clause, governed, weights) is { } at)
                {
                    var said = answer.Tokens[at];
                    return new UnitConflict(ConflictKind.Negated, verb.SurfaceIn(unit.Plain), said.Start, said.Length, null, null);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Each preventing verb of the unit, not itself negated, with the distinct words after it in its clause (what it
    /// prevents), when there are any.
    /// </summary>
    private static IEnumerable<(GradingToken Verb, List<GradingToken> Governed)> Prevented(TargetUnit unit)
    {
        var tokens = unit.Tokens;
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!Preventing.Contains(tokens[v].Key) || tokens[v].Negated || tokens[v].InNegatedClause)
            {
                continue;
            }

            var governed = tokens.Skip(v + 1).TakeWhile(t => t.Clause == tokens[v].Clause)
                .Where(t => !t.Negated && !t.SetAside && !Preventing.Contains(t.Key))
                .DistinctBy(t => t.Key).ToList();
            if (governed.Count > 0)
            {
                yield return (tokens[v], governed);
            }
        }
    }

    /// <summary>
    /// The position of the first answer word of <paramref name="clause"/> that says a governed word, when the clause says
    /// most of the governed words unnegated and nothing in it or its sentence denies, lessens or conditions them; otherwise null.
    /// </summary>
    private static int? SaysPlainly(AnswerIndex answer, int clause, List<GradingToken> governed, Dictionary<string, float> weights)
    {
        var tokens = answer.Tokens;
        var inClause = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Clause == clause).ToList();
        if (inClause.Any(i => tokens[i].InNegatedSentence || UnitWord.NegatesByMeaning(tokens[i].Key) || Preventing.Contains(tokens[i].Key)))
        {
            return null;
        }

        var first = int.MaxValue;
        var (total, found, count) = (0f, 0f, 0);
        foreach (var word in governed)
        {
            var weight = weights.GetValueOrDefault(word.Key);
            total += weight;
            if (answer.Matches(word).Any(m => !m.Opposite && m.Similarity >= Strong && tokens[m.Position].Clause == clause && tokens[m.Position].Negated))
            {
                // "A small non-zero probability" denies what it names.
                return null;
            }

            var at = answer.Matches(word).Where(m => !m.Opposite && m.Similarity >= Strong && tokens[m.Position].Clause == clause && !tokens[m.Position].Negated)
                .Select(m => m.Position).DefaultIfEmpty(-1).Min();
            if (at >= 0)
            {
                (found, count, first) = (found + weight, count + 1, Math.Min(first, at));
            }
        }

        // Most of what is prevented, weighed by what the words tell apart, and two words of it where it has two: "sets the
        // probabilities of unseen values to zero" says "zero probabilities for unseen feature values" without "feature".
        if (total <= 0f || found < MostOf * total || count < Math.Min(2, governed.Count))
        {
            return null;
        }

        // A lessening word counts against the claim unless it is itself one of the words the point says is prevented.
        var said = governed.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (inClause.Any(i => Lessening.Contains(tokens[i].Key) && !said.Contains(tokens[i].Key)) || IsConditional(answer, tokens[inClause[0]].Sentence)
            || KeepsFrom(answer, inClause))
        {
            return null;
        }

        return first;
    }

    /// <summary>
    /// True when the clause keeps, protects or guards its thing from what it names: "keeps the exponentials from
    /// overflowing", "protects against overflow", "keeps the padding out of the states" prevent as "avoids overflow" does.
    /// </summary>
    private static bool KeepsFrom(AnswerIndex answer, List<int> inClause)
    {
        var tokens = answer.Tokens;
        var end = tokens[inClause[^1]].End;
        if (answer.Text.Length < end)
        {
            return false;
        }

        var words = GradingTokenizer.Words(answer.Text[tokens[inClause[0]].Start..end]);
        var keeping = words.FindIndex(w => w.Text is "keep" or "keeps" or "kept" or "keeping" or "protect" or "protects" or "protected" or "protecting"
            or "guard" or "guards" or "guarded" or "guarding" or "safe" or "shield" or "shields");
        return keeping >= 0 && words.Skip(keeping + 1).Any(w => w.Text is "from" or "against" or "out");
    }

    /// <summary>True when the answer's sentence holds a word that makes its claim a condition ("if", "without", "would").</summary>
    private static bool IsConditional(AnswerIndex answer, int sentence)
    {
        var text = answer.SentenceBounds(sentence) is var (start, end) ? answer.Text[start..end] : string.Empty;
        return GradingTokenizer.Words(text).Any(w => Conditional.Contains(w.Text));
    }
}
