namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>
/// Pre-training of w0–w3, the stability a first rating creates: for each first rating, the recall observed at the
/// card's first review on a later day is fitted by the forgetting curve, one stability per rating; ratings the user
/// never gave first are filled in from the others (see <see cref="InitialStabilitySmoother"/>).
/// </summary>
public static class InitialStabilityFitter
{
    /// <summary>Upper bound of a fitted initial stability, in days.</summary>
    public const double MaxInitialStability = 100;

    // The curve's shape during pre-training is the default one: the decay is only fitted later, with everything else.
    private static readonly FsrsModel DefaultCurve = new(FsrsParameters.Default);

    /// <summary>w0–w3 fitted to <paramref name="items"/>.</summary>
    /// <exception cref="InvalidOperationException">No item is a card's first review on a later day.</exception>
    public static double[] Fit(IReadOnlyList<TrainingItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var meanRecall = items.Count == 0 ? 0.9 : items.Average(i => i.Recalled ? 1.0 : 0.0);
        var fitted = new double?[4];
        var counts = new int[4];
        foreach (var byRating in items.Where(i => i.IsFirstLongTerm).GroupBy(i => i.FirstRating))
        {
            // Laplace smoothing toward the user's average recall keeps a day seen once from dictating the fit.
            var points = byRating.GroupBy(i => i.TargetElapsedDays)
                .Select(g => (Days: (double)g.Key, Count: g.Count(), Recall: (g.Count(i => i.Recalled) + meanRecall) / (g.Count() + 1)))
                .ToList();
            var index = (int)byRating.Key - 1;
            counts[index] = points.Sum(p => p.Count);
            var prior = FsrsParameters.Default[index];
            fitted[index] = Minimise(s => points.Sum(p => p.Count * CrossEntropy(p.Recall, DefaultCurve.Retrievability(p.Days, s))) + Math.Abs(s - prior) / 16);
        }

        return InitialStabilitySmoother.SmoothAndFill(fitted, counts);
    }

    private static double CrossEntropy(double target, double predicted)
    {
        var p = Math.Clamp(predicted, FsrsLoss.Margin, 1 - FsrsLoss.Margin);
        return -(target * Math.Log(p) + (1 - target) * Math.Log(1 - p));
    }

    // Ternary search: the loss in one stability is unimodal, and 200 rounds narrow [0.001, 100] below double precision.
    private static double Minimise(Func<double, double> loss)
    {
        var low = FsrsModel.MinStability;
        var high = MaxInitialStability;
        for (var round = 0; round < 200 && high - low > 1e-12; round++)
        {
            var a = low + (high - low) / 3;
            var b = high - (high - low) / 3;
            if (loss(a) < loss(b))
            {
                high = b;
            }
            else
            {
                low = a;
            }
        }

        return (low + high) / 2;
    }
}
