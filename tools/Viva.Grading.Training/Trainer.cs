using Viva.Core.Grading;

namespace Viva.Grading.Training;

/// <summary>Fits scorers and measures them, with cross-validation folds that never split a question.</summary>
public static class Trainer
{
    public const int Folds = 5;
    public const double L2 = 1.0;

    /// <summary>
    /// The sign each feature's weight must have: more coverage, recall, precision, order and length can only
    /// help, and contradictions, swaps and echoing the question can only hurt. Features the data would give the
    /// other sign (through collinearity) are dropped, so that the model transfers to data it was not fitted on.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> Signs = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["coverage"] = 1,
        ["covered"] = 1,
        ["contradiction"] = -1,
        ["swap"] = -1,
        ["recall"] = 1,
        ["precision"] = 1,
        ["bigrams"] = 1,
        ["length"] = 1,
        ["echo"] = -1,
        ["meaning"] = 1,
        ["judged"] = 1,
        ["answer_similarity"] = 1,
        ["question_similarity"] = -1,
    };

    /// <summary>Fits a scorer on <paramref name="train"/>; <paramref name="weightOf"/> balances the data sets.</summary>
    public static LinearScorer Fit(FeatureTable train, Func<Example, double> weightOf, double l2 = L2)
    {
        var names = train.Names;
        var active = Enumerable.Range(0, names.Count).ToList();
        var y = train.Examples.Select(e => e.Target).ToList();
        var sampleWeights = train.Examples.Select(weightOf).ToList();
        while (true)
        {
            var x = train.Features.Select(f => active.Select(i => f[i]).ToArray()).ToList();
            var w = LogisticRegression.Fit(x, y, sampleWeights, l2);
            var wrong = active.Select((feature, k) => (feature, k)).Where(p => Math.Sign(w[p.k + 1]) == -Signs[names[p.feature]]).ToList();
            if (wrong.Count == 0)
            {
                var weights = new double[names.Count];
                for (var k = 0; k < active.Count; k++)
                {
                    weights[active[k]] = w[k + 1];
                }

                return new LinearScorer(w[0], weights);
            }

            // Drop the most wrongly signed feature and refit.
            active.RemoveAt(wrong.MaxBy(p => Math.Abs(w[p.k + 1])).k);
        }
    }

    /// <summary>Predictions (probabilities) for every example of <paramref name="test"/>, each from a scorer fitted without its question.</summary>
    /// <param name="test">The examples to predict.</param>
    /// <param name="extra">Data always added to the training folds (never predicted).</param>
    /// <param name="weightOf">Sample weights.</param>
    public static double[] CrossValidate(FeatureTable test, FeatureTable? extra, Func<Example, double> weightOf)
    {
        var groups = test.Examples.Select(e => e.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = groups.Select((g, i) => (g, i % Folds)).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);
        var predictions = new double[test.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var k = fold;
            var train = test.Where(e => foldOf[e.Group] != k);
            if (extra is not null)
            {
                train = FeatureTable.Concat(train, extra);
            }

            var scorer = Fit(train, weightOf);
            for (var i = 0; i < test.Count; i++)
            {
                if (foldOf[test.Examples[i].Group] == k)
                {
                    predictions[i] = scorer.Probability(test.Features[i]);
                }
            }
        }

        return predictions;
    }

    public static double[] Predict(FeatureTable table, LinearScorer scorer) => [.. table.Features.Select(f => scorer.Probability(f))];
}
