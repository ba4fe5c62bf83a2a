using Viva.Core.Grading;

namespace Viva.Grading.Training;

/// <summary>
/// Fits the per-key-point verdict (<see cref="UnitClassifier"/>) on the labelled judgements: an L2-regularised logistic
/// model, covered at the threshold that maximises the lower of precision and recall, with figures from folds split by
/// question.
/// </summary>
public static class UnitClassifierFitting
{
    private const double L2 = 1.0;

    // How far below the best the lower of precision and recall may fall for a lower threshold to be taken.
    private const double Tie = 0.005;


    /// <param name="measured">The labelled judgements.</param>
    /// <param name="cross">Unstated points added as negatives (other points of the same answers, off-topic answers).</param>
    /// <param name="crossWeights">The weight of each row of <paramref name="cross"/>, in its order.</param>
    public static (UnitClassifier Classifier, string Report) Fit(IReadOnlyList<KeyPointFitting.Measured> measured, IReadOnlyList<KeyPointFitting.Measured>? cross = null, IReadOnlyList<double>? crossWeights = null)
    {
        cross ??= [];
        crossWeights ??= [];
        var x = measured.Select(m => UnitClassifier.Features(m.Judged)).ToList();
        var y = measured.Select(m => m.Case.Covered ? 1.0 : 0.0).ToList();
        var cx = cross.Select(m => UnitClassifier.Features(m.Judged)).ToList();
        var groups = measured.Select(m => m.Case.Question).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = groups.Select((g, i) => (g, i % Trainer.Folds)).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);
        var heldOut = new bool[measured.Count];
        var heldOutP = new double[measured.Count];
        var heldOutT = new double[measured.Count];
        var crossHeldOut = new bool[cross.Count];
        for (var fold = 0; fold < Trainer.Folds; fold++)
        {
            var train = Enumerable.Range(0, measured.Count).Where(i => foldOf[measured[i].Case.Question] != fold).ToList();
            var crossTrain = Enumerable.Range(0, cross.Count).Where(i => foldOf.GetValueOrDefault(cross[i].Case.Question, -1) != fold).ToList();
            var classifier = Fit([.. train.Select(i => x[i])], [.. train.Select(i => y[i])], [.. crossTrain.Select(i => cx[i])], [.. crossTrain.Select(i => crossWeights[i])]);
            foreach (var i in Enumerable.Range(0, cross.Count).Where(i => foldOf.GetValueOrDefault(cross[i].Case.Question, -1) == fold))
            {
                crossHeldOut[i] = classifier.Covers(cross[i].Judged);
            }

            foreach (var i in Enumerable.Range(0, measured.Count).Where(i => foldOf[measured[i].Case.Question] == fold))
            {
                heldOut[i] = classifier.Covers(measured[i].Judged);
                heldOutP[i] = UnitClassifier.Vetoed(measured[i].Judged) ? 0 : classifier.Probability(measured[i].Judged);
                heldOutT[i] = classifier.Threshold;
            }
        }

        if (Environment.GetEnvironmentVariable("VIVA_FIT_MISSED") is not null)
        {
            // The stated points that feedback would show missed, cross-validated, with what vetoed them.
            PrintMissed(measured, heldOutP, heldOutT);
        }

        if (Environment.GetEnvironmentVariable("VIVA_FIT_VETOES") is not null)
        {
            PrintVetoes(measured);
        }

        var shipped = Fit(x, y, cx, crossWeights);
        var fitted = measured.Select(m => shipped.Covers(m.Judged)).ToArray();
        var truth = measured.Select(m => m.Case.Covered).ToList();
        var report = $"fitted {KeyPointFitting.Summary(measured, fitted)} at {shipped.Threshold:F2}; {Trainer.Folds}-fold CV by question {KeyPointFitting.Summary(measured, heldOut)}\n" +
            $"  shown missed (CV): without a doubtful band {Band(heldOutP, heldOutT, truth, 0)}; with the band {UnitClassifier.DoubtBand:F2} below the threshold {Band(heldOutP, heldOutT, truth, UnitClassifier.DoubtBand)}; AUC {Metrics.Auc(heldOutP, truth):F3}\n" +
            "  per kind (CV): " + string.Join("; ", measured.Select((m, i) => (m, i)).GroupBy(p => p.m.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count(p => heldOut[p.i] == p.m.Case.Covered)}/{g.Count()}")) + "\n" +
            "  weights: bias " + shipped.Scorer.Bias.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + ", " +
            string.Join(", ", UnitClassifier.Names.Select((n, i) => $"{n} {shipped.Scorer.Weights[i].ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}"));
        if (cross.Count > 0)
        {
            if (Environment.GetEnvironmentVariable("VIVA_FIT_CROSS_SHOW") is not null)
            {
                foreach (var m in cross.Where((_, i) => crossHeldOut[i]))
                {
                    Console.WriteLine($"  cross credited | sim {m.Similarity:F2} cov {m.Unit.Coverage:F2} | {m.Unit.Text} || {m.Case.Request.Answer}");
                }
            }

            report += "\n  unstated points, judged not covered (CV): " + string.Join("; ", cross.Select((m, i) => (m.Case.Kind, i)).GroupBy(p => p.Kind)
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} (weight {crossWeights[g.First().i]:F2}) {g.Count(p => !crossHeldOut[p.i])}/{g.Count()}"));
        }

        if (int.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_SPLIT"), out var split) && split > 0 && split < measured.Count)
        {
            // Figures for the rows before and after a given row (e.g. the judgements added since the model was shipped).
            report += $"\n  rows 1-{split} (CV): {Part(measured, heldOut, 0, split)}; rows {split + 1}-{measured.Count} (CV): {Part(measured, heldOut, split, measured.Count)}";
            if (HybridModel.Shipped.Units is { } units)
            {
                var old = measured.Select(m => units.Covers(m.Judged)).ToArray();
                report += $"\n  shipped model: rows 1-{split} {Part(measured, old, 0, split)}; rows {split + 1}-{measured.Count} {Part(measured, old, split, measured.Count)}";
            }
        }

        return (shipped, report);
    }

    private static string Part(IReadOnlyList<KeyPointFitting.Measured> measured, bool[] judged, int from, int to) =>
        KeyPointFitting.Summary([.. measured.Skip(from).Take(to - from)], judged[from..to]) + " (" +
        string.Join("; ", Enumerable.Range(from, to - from).GroupBy(i => measured[i].Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count(i => judged[i] == measured[i].Case.Covered)}/{g.Count()}")) + ")";

    /// <summary>Prints every judgement the classifier gets wrong, with its features.</summary>
    public static void PrintErrors(IReadOnlyList<KeyPointFitting.Measured> measured, UnitClassifier classifier)
    {
        foreach (var m in measured.Where(m => classifier.Covers(m.Judged) != m.Case.Covered).OrderBy(m => m.Case.Kind, StringComparer.Ordinal))
        {
            var u = m.Unit;
            Console.WriteLine($"[{m.Case.Kind}] human {(m.Case.Covered ? "yes" : "no")} | p {classifier.Probability(m.Judged):F2} sim {m.Similarity:F2} lead {m.Similarity - m.Judged.Rival:F2} cov {u.Coverage:F2} contra {u.Contradiction:F2} swap {u.Swap:F2} disorder {u.Disorder:F1} conflict {u.Conflict?.Kind.ToString() ?? "-"}");
            Console.WriteLine($"    point:   {u.Text}");
            Console.WriteLine($"    answer:  {m.Case.Request.Answer}");
            Console.WriteLine($"    passage: {m.Passage?.Text}");
        }
    }

    private static void PrintMissed(IReadOnlyList<KeyPointFitting.Measured> measured, double[] p, double[] t)
    {
        for (var i = 0; i < measured.Count; i++)
        {
            var m = measured[i];
            if (!m.Case.Covered || p[i] >= t[i] - UnitClassifier.DoubtBand)
            {
                continue;
            }

            var j = m.Judged;
            var u = m.Unit;
            Console.WriteLine($"missed [{m.Case.Kind}] p {p[i]:F2} veto {Veto(m)?.Shown ?? "-"} | sim {j.Similarity:F2} lead {j.Similarity - j.Rival:F2} cov {u.Coverage:F2} contra {u.Contradiction:F2} swap {u.Swap:F2} disorder {u.Disorder:F1}");
            Console.WriteLine($"    point:   {u.Text}");
            Console.WriteLine($"    answer:  {m.Case.Request.Answer}");
            Console.WriteLine($"    passage: {m.Passage?.Text}");
        }
    }

    // What vetoes a judgement, if anything: its kind (a word negated or said of another subject counted apart) and how
    // feedback names it.
    private static (string Kind, string Shown)? Veto(KeyPointFitting.Measured m)
    {
        var (j, u) = (m.Judged, m.Unit);
        return j.ContradictedByMeaning ? ("meaning", "meaning")
            : (j with { Covered = false }).ContradictedByWords ? ($"words {u.Conflict?.Kind}", $"words ({u.Conflict?.Kind}: {u.Conflict?.Word})")
            : u.RolesSwapped ? ("roles", $"roles ({u.SwappedWords})")
            : null;
    }

    // Which reading vetoes each judgement, and how often the labels agree: a veto that stops stated points as often as
    // unstated ones costs more honesty than it buys.
    private static void PrintVetoes(IReadOnlyList<KeyPointFitting.Measured> measured)
    {
        var counts = new SortedDictionary<string, (int Stated, int Unstated)>(StringComparer.Ordinal);
        foreach (var m in measured)
        {
            if (Veto(m)?.Kind is not { } veto)
            {
                continue;
            }

            var (stated, unstated) = counts.GetValueOrDefault(veto);
            counts[veto] = m.Case.Covered ? (stated + 1, unstated) : (stated, unstated + 1);
            if (Environment.GetEnvironmentVariable("VIVA_FIT_VETOES") == "all")
            {
                Console.WriteLine($"veto {veto} [{m.Case.Kind}] human {(m.Case.Covered ? "yes" : "no")} | {m.Unit.Text} || {m.Case.Request.Answer}");
            }
        }

        foreach (var (veto, (stated, unstated)) in counts)
        {
            Console.WriteLine($"  veto {veto}: {unstated} unstated points stopped, {stated} stated ones");
        }
    }

    /// <summary>The points shown missed, and those shown not clearly stated, when the band reaches <paramref name="width"/> below the threshold.</summary>
    private static string Band(double[] p, double[] t, List<bool> truth, double width)
    {
        int missed = 0, missedNo = 0, band = 0, bandYes = 0, yes = truth.Count(x => x);
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] >= t[i])
            {
                continue;
            }

            if (p[i] >= t[i] - width)
            {
                band++;
                bandYes += truth[i] ? 1 : 0;
            }
            else
            {
                missed++;
                missedNo += truth[i] ? 0 : 1;
            }
        }

        var shown = $"{missed} missed, precision {missedNo / Math.Max(1.0, missed):F3} ({missed - missedNo} of {yes} stated points shown missed)";
        return width == 0 ? shown : $"{shown}, {band} not clearly stated ({bandYes} stated)";
    }

    private static UnitClassifier Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, IReadOnlyList<double[]> cx, IReadOnlyList<double> crossWeights)
    {
        var w = LogisticRegression.Fit([.. x, .. cx], [.. y, .. cx.Select(_ => 0.0)], [.. y.Select(_ => 1.0), .. crossWeights], L2);
        var scorer = new LinearScorer(w[0], w[1..]);
        return new UnitClassifier(scorer, BestThreshold([.. x.Select(scorer.Probability)], [.. y.Select(v => v > 0.5)]));
    }

    private static double BestThreshold(IReadOnlyList<double> p, IReadOnlyList<bool> truth)
    {
        // The lower of precision and recall is flat over a wide band of thresholds (most errors sit far from any of them), so
        // the lowest threshold within Tie of the best is taken: of two nearly equal rules, the one that shows fewer stated
        // points as missed.
        var scores = new List<(double Score, double T)>();
        for (var t = 0.2; t <= 0.8; t += 0.01)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < p.Count; i++)
            {
                var pred = p[i] >= t;
                tp += pred && truth[i] ? 1 : 0;
                fp += pred && !truth[i] ? 1 : 0;
                fn += !pred && truth[i] ? 1 : 0;
            }

            scores.Add((Math.Min(tp / Math.Max(1.0, tp + fp), tp / Math.Max(1.0, tp + fn)), t));
        }

        var best = scores.Max(s => s.Score);
        return scores.First(s => s.Score >= best - Tie).T;
    }
}
