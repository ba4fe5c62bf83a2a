namespace Viva.Grading.Training;

/// <summary>Exploratory: how well a logistic model over the per-unit measurements separates covered from not covered.</summary>
public static class DecisionProbe
{
    public static double[] Features(KeyPointFitting.Measured m)
    {
        var u = m.Unit;
        var contrast = double.IsNegativeInfinity(m.Judged.Contrast) ? -0.05 : Math.Clamp(m.Judged.Contrast, -0.05, 0.1);
        return [m.Similarity, u.Coverage, u.Contradiction, u.Swap, contrast, u.Covered ? 1 : 0, m.Similarity * u.Coverage, m.Judged.Margin, m.Judged.QuestionSimilarity];
    }

    public static void Run(IReadOnlyList<KeyPointFitting.Measured> measured)
    {
        var groups = measured.Select(m => m.Case.Question).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = groups.Select((g, i) => (g, i % Trainer.Folds)).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);
        var x = measured.Select(Features).ToList();
        var y = measured.Select(m => m.Case.Covered ? 1.0 : 0.0).ToList();
        var p = new double[measured.Count];
        for (var fold = 0; fold < Trainer.Folds; fold++)
        {
            var train = Enumerable.Range(0, measured.Count).Where(i => foldOf[measured[i].Case.Question] != fold).ToList();
            var w = LogisticRegression.Fit([.. train.Select(i => x[i])], [.. train.Select(i => y[i])], [.. train.Select(_ => 1.0)], 0.1);
            foreach (var i in Enumerable.Range(0, measured.Count).Where(i => foldOf[measured[i].Case.Question] == fold))
            {
                p[i] = LogisticRegression.Predict(w, x[i]);
            }
        }

        foreach (var t in new[] { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 })
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < p.Length; i++)
            {
                var pred = p[i] >= t;
                tp += pred && y[i] > 0.5 ? 1 : 0;
                fp += pred && y[i] < 0.5 ? 1 : 0;
                fn += !pred && y[i] > 0.5 ? 1 : 0;
            }

            Console.WriteLine($"logistic CV, threshold {t:F2}: precision {tp / (double)(tp + fp):F3}, recall {tp / (double)(tp + fn):F3}");
        }

        var all = LogisticRegression.Fit(x, y, [.. y.Select(_ => 1.0)], 0.1);
        Console.WriteLine("weights: " + string.Join(", ", all.Select(v => v.ToString("F2"))));
    }
}
