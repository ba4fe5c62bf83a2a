using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that pairs a key point's cause with the other outcome the question compares: "strong assumptions
/// about the function's form cause high variance, and flexibility causes high bias" for "strong built-in assumptions
/// cause high bias". The question's compared things ("bias", "variance") stand at the end of the points, as what each
/// cause leads to, so reading who the clause is about finds no swap; only which outcome shares a clause with the
/// point's own words tells.
/// </summary>
/// <remarks>
/// The outcomes are the question's words that end a key point, what its cause leads to, unless they are direction
/// words ("high" is not an outcome), and that the question sets against each other. A point that names exactly one
/// of them is turned round when the answer's clause that says most of the point's other words (those no other point says)
/// names another outcome and not the point's, and the answer names the point's outcome in some other clause.
/// </remarks>
internal static partial class OutcomeSwap
{
    // Matched at least this well (the word, its stem, a synonym), a word counts as said.
    private const float Strong = 0.8f;

    // The share of the point's own words a clause must say to be where the answer makes the point's claim.
    private const double MostOf = 0.4;

    // How many words apart the question may name two outcomes it sets against each other ("high-bias or high-variance").
    private const int MaxComparedGap = 3;

    /// <summary>
    /// The question's words that end a key point, unless they are directions, that the question sets against another
    /// such word with "or", "and" or "vs" ("high-bias or high-variance"; not "vector spaces").
    /// </summary>
    public static HashSet<string> Outcomes(IReadOnlyList<TargetUnit> units, IReadOnlyList<GradingToken> question, string questionText)
    {
        var ends = units.Where(u => u.Tokens.Count > 0).Select(u => u.Tokens[^1].Key)
            .Where(k => SynonymLexicon.Opposites(k).Count == 0).ToHashSet(StringComparer.Ordinal);
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < question.Count; a++)
        {
            for (var b = a + 1; b < question.Count && b - a <= MaxComparedGap; b++)
            {
                var (first, second) = (question[a], question[b]);
                if (ends.Contains(first.Key) && ends.Contains(second.Key) && first.Key != second.Key && first.End <= second.Start
                    && second.Start <= questionText.Length && Compares().IsMatch(questionText[first.End..second.Start]))
                {
                    outcomes.UnionWith([first.Key, second.Key]);
                }
            }
        }

        return outcomes;
    }

    [GeneratedRegex(@"\b(?:or|and|vs|versus|nor)\b|/", RegexOptions.IgnoreCase)]
    private static partial Regex Compares();

    /// <summary>The point's outcome and the one the answer gives its cause, as the point and the answer spell them, or null.</summary>
    public static (string Own, string Rival)? Find(TargetUnit unit, AnswerIndex answer, SubjectMap subjects)
    {
        var outcomes = subjects.Outcomes;
        var named = unit.Tokens.Where(t => outcomes.Contains(t.Key) && !t.Negated && !t.Foil).Select(t => t.Key).Distinct(StringComparer.Ordinal).ToList();
        if (outcomes.Count < 2 || named.Count != 1)
        {
            return null;
        }

        var own = named[0];
        var cause = unit.Words.Where(w => !outcomes.Contains(w.Token.Key) && !subjects.QuestionKeys.Contains(w.Token.Key) && !unit.SharedKeys.Contains(w.Token.Key)).ToList();
        var total = cause.Sum(w => w.Weight);
        if (total <= 0f)
        {
            return null;
        }

        var tokens = answer.Tokens;
        var byClause = new Dictionary<int, float>();
        foreach (var word in cause)
        {
            foreach (var clause in answer.Matches(word.Token).Where(m => !m.Opposite && m.Similarity >= Strong && !tokens[m.Position].Negated)
                .Select(m => tokens[m.Position].Clause).Distinct())
            {
                byClause[clause] = byClause.GetValueOrDefault(clause) + word.Weight;
            }
        }

        if (byClause.Count == 0)
        {
            return null;
        }

        var (where, said) = byClause.MaxBy(p => p.Value);
        bool Names(int clause, Func<string, bool> which, out int at)
        {
            at = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => tokens[i].Clause == clause && !tokens[i].Negated && which(tokens[i].Key), -1);
            return at >= 0;
        }

        // A rival set aside as a foil ("faster than DDPM") is a comparison, not the outcome.
        if (said < MostOf * total || Names(where, k => k == own, out _) || !Names(where, k => k != own && outcomes.Contains(k), out var rival) || tokens[rival].Foil
            || !tokens.Any(t => t.Key == own && t.Clause != where))
        {
            return null;
        }

        var ownToken = unit.Tokens.First(t => t.Key == own);
        return (ownToken.SurfaceIn(unit.Plain), tokens[rival].SurfaceIn(answer.Text));
    }
}
