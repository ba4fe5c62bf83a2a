using Viva.Core.Grading;

namespace Viva.Grading.Training;

/// <summary>
/// Chooses when meaning alone counts a key point as covered, on the labelled key-point judgements: the decision that
/// maximises the lower of precision and recall of "covered" (the strictest among near ties), with figures from folds
/// split by question. Chasing recall further costs more in false credit for answers that discuss another point than
/// it wins back in paraphrases.
/// </summary>
public static class KeyPointFitting
{
    public static readonly MeaningDecision Fallback = new(0.75, 0.6, 0.3, 0.02);

    /// <summary>The decision to measure with: every unit is probed with its contrasting variants.</summary>
    public static readonly MeaningDecision Probing = new(1.0, 0.0, 1.0, 0.999);

    /// <summary>One analysed case: the grader's judgement of its key point, measured with <see cref="Probing"/>.</summary>
    public sealed record Measured(KeyPointCase Case, UnitJudgement Judged)
    {
        public UnitMatch Unit => Judged.Lexical;

        public double Similarity => Judged.Similarity;

        public AnswerPassage? Passage => Judged.Passage;
    }

    public static IReadOnlyList<Measured> Measure(IReadOnlyList<KeyPointCase> cases, HybridGrader grader) =>
        [.. cases.Select(c => new Measured(c, grader.Analyze(c.Request).Units[c.Point]))];

    public static (MeaningDecision Decision, string Report) Fit(IReadOnlyList<Measured> measured)
    {
        var chosen = Best(measured);
        var groups = measured.Select(m => m.Case.Question).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = groups.Select((g, i) => (g, i % Trainer.Folds)).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);
        var heldOut = new bool[measured.Count];
        for (var fold = 0; fold < Trainer.Folds; fold++)
        {
            var k = fold;
            var decision = Best([.. measured.Where(m => foldOf[m.Case.Question] != k)]);
            for (var i = 0; i < measured.Count; i++)
            {
                if (foldOf[measured[i].Case.Question] == k)
                {
                    heldOut[i] = Covered(measured[i], decision);
                }
            }
        }

        var fitted = measured.Select(m => Covered(m, chosen)).ToArray();
        var lexical = measured.Select(m => m.Unit.Covered).ToArray();
        var report = $"{measured.Count} judgements on {groups.Count} questions\n" +
            $"  words only:          {Summary(measured, lexical)}\n" +
            $"  hybrid, fitted:      {Summary(measured, fitted)}\n" +
            $"  hybrid, {Trainer.Folds}-fold CV by question: {Summary(measured, heldOut)}\n" +
            "  per kind (fitted): " + string.Join("; ", measured.Select((m, i) => (m, i)).GroupBy(p => p.m.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count(p => fitted[p.i] == p.m.Case.Covered)}/{g.Count()}"));
        return (chosen, report);
    }

    /// <summary>Prints every judgement the decision gets wrong, with what the grader measured.</summary>
    public static void PrintErrors(IReadOnlyList<Measured> measured, MeaningDecision decision)
    {
        foreach (var m in measured.Where(m => Covered(m, decision) != m.Case.Covered).OrderBy(m => m.Case.Kind, StringComparer.Ordinal))
        {
            var u = m.Unit;
            Console.WriteLine($"[{m.Case.Kind}] human {(m.Case.Covered ? "yes" : "no")} | sim {m.Similarity:F2} cov {u.Coverage:F2} contra {u.Contradiction:F2} swap {u.Swap:F2} conflict {u.Conflict?.Kind.ToString() ?? "-"} contrast {m.Judged.Contrast:F3} {m.Judged.Opposite?.Text}");
            Console.WriteLine($"    point:   {u.Text}");
            Console.WriteLine($"    answer:  {m.Case.Request.Answer}");
            Console.WriteLine($"    passage: {m.Passage?.Text}");
        }
    }

    public static bool Covered(Measured m, MeaningDecision decision) =>
        UnitJudgement.Judge(m.Unit, m.Similarity, m.Passage, m.Judged.Contrast, m.Judged.Opposite, decision).Covered;

    private static readonly double[] Contrasts = [-0.02, -0.01, 0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 1.0];

    // Decisions this close to the best balance count as equally good; the strictest of them is shipped, so that
    // a passage merely on the topic of a key point is not credited with it.
    private const double Tie = 0.01;

    private static MeaningDecision Best(IReadOnlyList<Measured> measured)
    {
        var scored = new List<(MeaningDecision Decision, double Score)>();
        for (var alone = 0.30; alone <= 0.951; alone += 0.01)
        {
            for (var withWords = 0.24; withWords <= alone + 1e-9; withWords += 0.02)
            {
                foreach (var coverage in new[] { 0.15, 0.25, 0.35 })
                {
                    foreach (var contrast in Contrasts)
                    {
                        var decision = new MeaningDecision(Math.Round(alone, 2), Math.Round(withWords, 2), coverage, contrast);
                        var (p, r) = PrecisionRecall(measured, [.. measured.Select(m => Covered(m, decision))]);
                        scored.Add((decision, Math.Min(p, r)));
                    }
                }
            }
        }

        var top = scored.Max(d => d.Score);
        return scored.Where(d => d.Score >= top - Tie)
            .OrderByDescending(d => d.Decision.Alone)
            .ThenByDescending(d => d.Decision.WithWords)
            .ThenByDescending(d => d.Decision.WordCoverage)
            .ThenBy(d => d.Decision.Contrast)
            .First().Decision;
    }

    private static (double Precision, double Recall) PrecisionRecall(IReadOnlyList<Measured> measured, bool[] predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < measured.Count; i++)
        {
            var truth = measured[i].Case.Covered;
            tp += predicted[i] && truth ? 1 : 0;
            fp += predicted[i] && !truth ? 1 : 0;
            fn += !predicted[i] && truth ? 1 : 0;
        }

        return (tp + fp == 0 ? 1 : tp / (double)(tp + fp), tp + fn == 0 ? 1 : tp / (double)(tp + fn));
    }

    public static string Summary(IReadOnlyList<Measured> measured, bool[] predicted)
    {
        var (p, r) = PrecisionRecall(measured, predicted);
        var accuracy = measured.Select((m, i) => predicted[i] == m.Case.Covered).Count(b => b) / (double)measured.Count;
        return $"precision {p:F3}, recall {r:F3}, accuracy {accuracy:F3}";
    }
}
