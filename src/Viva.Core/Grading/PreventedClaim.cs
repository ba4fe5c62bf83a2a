namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that says the key point's action is prevented: "Post-pruning stops the tree from growing once a
/// depth limit is reached" for "Post-pruning grows the full tree, then collapses subtrees". The prevented word is said
/// unnegated ("growing"), so the words alone read it as stated; only the verb before it tells that it does not happen.
/// </summary>
/// <remarks>
/// The answer's clause holds a preventing verb ("stops", "prevents", "keeps … from"), itself unnegated, and the first word
/// after a "from" that follows it closely in that clause matches a word the point affirms. The point must be
/// about no prevention or lessening of its own ("Pre-pruning stops growth early", "reduces overfitting"), where saying that
/// the thing is stopped agrees (see <see cref="AffirmedPrevention"/> for the other way round).
/// </remarks>
internal static class PreventedClaim
{
    // Matched at least this well (the word, its stem, a synonym), a point word counts as said.
    private const float Strong = 0.8f;

    // How many words after a preventing verb its "from" may stand.
    private const int FromReach = 4;

    private static readonly HashSet<string> Preventing = new(
        new[] { "stop", "prevent", "halt", "block", "forbid", "keep" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);

    // Words by which a point itself says something is stopped or lessened.
    private static readonly HashSet<string> Lessening = new(
        new[]
        {
            "stop", "prevent", "avoid", "halt", "block", "forbid", "limit", "restrict", "reduce", "decrease", "lower", "cut", "shrink",
            "suppress", "remove", "eliminate", "early", "cap", "constrain",
        }.Select(PorterStemmer.Stem),
        StringComparer.Ordinal);

    /// <summary>The point's word the answer says is prevented, as a conflict at the answer's preventing verb, or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        if (unit.Tokens.Any(t => Lessening.Contains(t.Key)) || answer.Tokens.Count < 3)
        {
            return null;
        }

        var tokens = answer.Tokens;
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!Preventing.Contains(tokens[v].Key) || tokens[v].Negated || tokens[v].InNegatedClause)
            {
                continue;
            }

            var prevented = PreventedWord(answer, v);
            if (prevented < 0)
            {
                continue;
            }

            foreach (var word in unit.Words.Where(w => w.Polarity == Polarity.Affirmed))
            {
                if (answer.Matches(word.Token).Any(m => m.Position == prevented && !m.Opposite && m.Similarity >= Strong))
                {
                    return new UnitConflict(ConflictKind.Negated, word.Token.SurfaceIn(unit.Plain), tokens[v].Start, tokens[v].Length, null, null);
                }
            }
        }

        return null;
    }

    // The answer word the verb at v prevents: the first after "from" within reach in its clause ("stops the tree from
    // growing"), or -1. Without "from" the verb's next word is mostly what stops ("stops using batch statistics and
    // applies the running mean"), or the verb a noun ("blocks of layers").
    private static int PreventedWord(AnswerIndex answer, int v)
    {
        var tokens = answer.Tokens;
        var clauseEnd = v + 1;
        while (clauseEnd < tokens.Count && tokens[clauseEnd].Clause == tokens[v].Clause)
        {
            clauseEnd++;
        }

        var tail = answer.Text.AsSpan(tokens[v].End, (clauseEnd < tokens.Count ? tokens[clauseEnd].Start : answer.Text.Length) - tokens[v].End);
        var words = GradingTokenizer.Words(tail.ToString());
        var from = words.Take(FromReach + 1).ToList().FindIndex(w => w.Text == "from");
        if (from >= 0)
        {
            var at = tokens[v].End + words[from].Start + words[from].Length;
            var next = Enumerable.Range(v + 1, clauseEnd - v - 1).FirstOrDefault(i => tokens[i].Start >= at, -1);
            return next;
        }

        return -1;
    }
}
