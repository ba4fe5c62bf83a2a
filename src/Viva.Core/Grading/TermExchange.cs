namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that names a key point's term and the term another key point sets beside it, but says the point's
/// defining words of the other term: "the median gets dragged around by outliers, whereas the mean is the robust one"
/// for "the median is robust to outliers", "α is the probability of a Type II error, and β that of a Type I error" for
/// "the probability of a Type I error is α". Both terms and the defining word are there, so words and meaning alike read
/// the point as stated; only which term shares a clause with the defining word tells.
/// </summary>
/// <remarks>
/// Two key points that start alike and then differ in one word ("The probability of a Type I error…", "The probability of
/// a Type II error…"; "The mean…", "The median…") set those two words against each other. A point's defining words are
/// its words the other point does not say. The answer gives them to the other term when it says one of them, plainly, in
/// a clause that names the other term and not the point's own, and says none in a clause that names the point's own term.
/// </remarks>
internal static class TermExchange
{
    /// <summary>A term of the point, the term another point sets against it, and the point's words that other point lacks.</summary>
    /// <param name="Own">The point's term (its key).</param>
    /// <param name="Rival">The other point's term (its key).</param>
    /// <param name="Defining">Keys of the point's words the other point does not say.</param>
    internal sealed record Contrast(string Own, string Rival, HashSet<string> Defining);

    // Within this many leading words two key points may agree before the word that sets them apart.
    private const int MaxSharedLead = 2;

    // Matched at least this well (the word, its stem, a synonym), a defining word's clause is read.
    private const float Strong = 0.8f;

    /// <summary>The terms other key points set against this one's.</summary>
    public static IReadOnlyList<Contrast> Contrasts(TargetUnit unit, IReadOnlyList<TargetUnit> units, HashSet<string> questionKeys)
    {
        var contrasts = new List<(Contrast Contrast, int Shared)>();
        var ownKeys = unit.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var other in units)
        {
            if (ReferenceEquals(other, unit) || other.Tokens.Count == 0 || unit.Tokens.Count == 0)
            {
                continue;
            }

            var shared = 0;
            while (shared < unit.Tokens.Count && shared < other.Tokens.Count && unit.Tokens[shared].Key == other.Tokens[shared].Key)
            {
                shared++;
            }

            if (shared > MaxSharedLead || shared >= unit.Tokens.Count || shared >= other.Tokens.Count)
            {
                continue;
            }

            var own = unit.Tokens[shared];
            var rival = other.Tokens[shared];
            var otherKeys = other.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

            // Two terms set against each other: neither point says the other's (one point naming both compares them).
            // ... and the question or some point names both: the terms are compared ("In right-skewed data the mean exceeds
            // the median"), not merely the first words of two points ("Saturating…", "Deep layers…").
            var compared = (questionKeys.Contains(own.Key) && questionKeys.Contains(rival.Key))
                || units.Any(u => u.Tokens.Any(t => t.Key == own.Key) && u.Tokens.Any(t => t.Key == rival.Key));
            if (!compared || otherKeys.Contains(own.Key) || ownKeys.Contains(rival.Key) || own.Negated || rival.Negated
                || SubjectMap.IsKind(own.Key) || SubjectMap.IsKind(rival.Key) || SynonymLexicon.Opposites(own.Key).Count > 0)
            {
                continue;
            }

            var defining = unit.Words.Where(w => w.Token.Key != own.Key && !otherKeys.Contains(w.Token.Key) && w.Polarity == Polarity.Affirmed)
                .Select(w => w.Token.Key).ToHashSet(StringComparer.Ordinal);
            if (defining.Count > 0)
            {
                contrasts.Add((new Contrast(own.Key, rival.Key, defining), shared));
            }
        }

        // A term is set against another by the points most alike before it: "The probability of a Type I error" against
        // "The probability of a Type II error", not against "Type II error: failing to reject…".
        return [.. contrasts.OrderByDescending(c => c.Shared).DistinctBy(c => c.Contrast.Rival, StringComparer.Ordinal).Select(c => c.Contrast)];
    }

    /// <summary>The point's term and the other term the answer gives its defining words to, as the point and the answer spell them, or null.</summary>
    public static (string Own, string Rival)? Find(TargetUnit unit, AnswerIndex answer)
    {
        if (unit.Contrasts.Count == 0 || answer.Tokens.Count < 3)
        {
            return null;
        }

        var clauses = ClauseExchange.Clauses(answer.Tokens, answer.Text);
        foreach (var contrast in unit.Contrasts)
        {
            // The clauses that name one term and not the other; a term set against the clause's own ("than the mean") or
            // denied ("not the mean") names nothing there.
            var ownClauses = Naming(answer, clauses, contrast.Own, contrast.Rival);
            var rivalClauses = Naming(answer, clauses, contrast.Rival, contrast.Own);
            if (ownClauses.Count == 0 || rivalClauses.Count == 0)
            {
                continue;
            }

            var givenToRival = -1;
            var keptByOwn = false;
            foreach (var word in unit.Words.Where(w => contrast.Defining.Contains(w.Token.Key)))
            {
                foreach (var match in answer.Matches(word.Token))
                {
                    if (match.Opposite || match.Similarity < Strong)
                    {
                        continue;
                    }

                    var clause = clauses[match.Position];
                    keptByOwn |= ownClauses.Contains(clause);
                    if (rivalClauses.Contains(clause) && !answer.Tokens[match.Position].Negated)
                    {
                        givenToRival = match.Position;
                    }
                }
            }

            if (givenToRival >= 0 && !keptByOwn)
            {
                var own = unit.Tokens.First(t => t.Key == contrast.Own);
                var rival = answer.Tokens.First(t => t.Key == contrast.Rival);
                return (own.SurfaceIn(unit.Plain), rival.SurfaceIn(answer.Text));
            }
        }

        return null;
    }

    private static HashSet<int> Naming(AnswerIndex answer, int[] clauses, string term, string other)
    {
        var naming = new HashSet<int>();
        var withOther = new HashSet<int>();
        for (var i = 0; i < answer.Tokens.Count; i++)
        {
            var token = answer.Tokens[i];
            if (token.Key == other)
            {
                withOther.Add(clauses[i]);
            }
            else if (token.Key == term && !token.Negated && !token.Foil)
            {
                naming.Add(clauses[i]);
            }
        }

        naming.ExceptWith(withOther);
        return naming;
    }
}
