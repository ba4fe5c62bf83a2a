namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that pairs a key point's things the other way round across two clauses: "variables are stored in
/// 16-bit while the layers compute in float32" for "layers compute in 16-bit while variables stay in float32", "for a
/// sparse graph pick the matrix, and for a small dense one the list" for "lists suit sparse graphs, while matrices suit
/// small dense ones". Every word of the point is there, most of them near each other, so words and meaning alike read it
/// as stated; only which words share a clause tells.
/// </summary>
/// <remarks>
/// The point and the answer are cut into clauses (at punctuation and at "while", "whereas", "but"…). A point word
/// counts when the point says it in one clause only and the answer matches it in one clause only. The answer exchanges
/// the point's pairing when two clauses of the point are each split over the same two clauses of one answer sentence:
/// a faithful answer keeps each of the point's clauses together, or says a word in several places, which tells nothing.
/// </remarks>
internal static class ClauseExchange
{
    // Matched at least this well (the word, its stem, a synonym), a word's clause is compared.
    private const float Strong = 0.8f;

    // Words that open a clause of their own; a bare "and" mostly joins two nouns, so only a comma before it cuts.
    private static readonly string[] ClauseWords = ["while", "whilst", "whereas", "but", "although", "though", "yet", "so", "because", "since"];

    /// <summary>
    /// A word of each of the two point clauses that the answer says in the other's company, as the point spells them,
    /// or null when the answer keeps the point's pairing.
    /// </summary>
    public static (string First, string Second)? Find(TargetUnit unit, AnswerIndex answer)
    {
        if (unit.Words.Count < 4 || answer.Tokens.Count < 4)
        {
            return null;
        }

        var unitClauses = Clauses(unit.Tokens, unit.Plain);
        var answerClauses = Clauses(answer.Tokens, answer.Text);
        var unitClauseCount = unitClauses.Max() + 1;
        if (unitClauseCount < 2)
        {
            return null;
        }

        // Where each usable point word sits: its point clause and its one answer clause.
        var clausesOfKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < unit.Tokens.Count; i++)
        {
            var key = unit.Tokens[i].Key;
            if (!clausesOfKey.TryGetValue(key, out var set))
            {
                clausesOfKey[key] = set = [];
            }

            set.Add(unitClauses[i]);
        }

        var placed = new List<(UnitWord Word, int UnitClause, int AnswerClause)>();
        foreach (var word in unit.Words)
        {
            if (clausesOfKey[word.Token.Key].Count != 1 || word.Token.Negated)
            {
                continue;
            }

            var said = -1;
            foreach (var match in answer.Matches(word.Token))
            {
                if (match.Opposite || match.Similarity < Strong || answer.Tokens[match.Position].Negated)
                {
                    continue;
                }

                var clause = answerClauses[match.Position];
                said = said == -1 || said == clause ? clause : -2;
            }

            if (said >= 0)
            {
                placed.Add((word, unitClauses[RoleSwap.IndexOf(unit.Tokens, word.Token)], said));
            }
        }

        var byUnitClause = placed.GroupBy(p => p.UnitClause).Where(g => g.Select(p => p.AnswerClause).Distinct().Count() == 2).ToList();
        for (var x = 0; x < byUnitClause.Count; x++)
        {
            var first = byUnitClause[x];
            var pair = first.Select(p => p.AnswerClause).Distinct().Order().ToArray();
            if (!OneSentence(answer, answerClauses, pair[0], pair[1]))
            {
                continue;
            }

            for (var y = x + 1; y < byUnitClause.Count; y++)
            {
                var second = byUnitClause[y];
                if (!second.Select(p => p.AnswerClause).Distinct().Order().SequenceEqual(pair))
                {
                    continue;
                }

                // Each point clause is at home where its first word (mostly its subject) is said; the exchanged words are
                // the ones said in the other clause's home.
                var firstHome = first.MinBy(p => p.Word.Token.Start).AnswerClause;
                var secondHome = second.MinBy(p => p.Word.Token.Start).AnswerClause;
                if (firstHome == secondHome)
                {
                    continue;
                }

                var moved = first.Where(p => p.AnswerClause != firstHome).MaxBy(p => p.Word.Weight).Word.Token;
                var other = second.Where(p => p.AnswerClause != secondHome).MaxBy(p => p.Word.Weight).Word.Token;
                return (moved.SurfaceIn(unit.Plain), other.SurfaceIn(unit.Plain));
            }
        }

        return null;
    }

    /// <summary>For each token, the index of its clause: cut at punctuation, a sentence end or a clause word.</summary>
    internal static int[] Clauses(IReadOnlyList<GradingToken> tokens, string text)
    {
        var clauses = new int[tokens.Count];
        for (var i = 1; i < tokens.Count; i++)
        {
            var cut = tokens[i].Sentence != tokens[i - 1].Sentence || tokens[i].Clause != tokens[i - 1].Clause || Cuts(text, tokens[i - 1].End, tokens[i].Start);
            clauses[i] = clauses[i - 1] + (cut ? 1 : 0);
        }

        return clauses;
    }

    // Two answer clauses of one sentence: a semicolon joins them, a full stop does not.
    private static bool OneSentence(AnswerIndex answer, int[] clauses, int a, int b)
    {
        var from = Array.FindLastIndex(clauses, c => c == a);
        var to = Array.IndexOf(clauses, b);
        if (from < 0 || to <= from)
        {
            return false;
        }

        var text = answer.Text;
        var start = answer.Tokens[from].End;
        var end = answer.Tokens[to].Start;
        return start <= end && end <= text.Length && !SentenceStop.InGap(text, start, end);
    }

    private static bool Cuts(string text, int from, int to) =>
        from < to && to <= text.Length && RoleSwap.Words(text[from..to]).Any(w => Array.IndexOf(ClauseWords, w) >= 0);
}
