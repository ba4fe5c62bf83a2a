namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>Scores weights on items with the reference evaluation (fsrs-rs <c>evaluate</c>, every review weighted 1).</summary>
public static class FsrsEvaluator
{
    /// <summary>Log loss and RMSE(bins) of <paramref name="parameters"/> on <paramref name="items"/>.</summary>
    public static FsrsMetrics Evaluate(FsrsParameters parameters, IReadOnlyList<TrainingItem> items)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return new FsrsMetrics(0, 0, 0);
        }

        var w = parameters.Weights.AsSpan();
        var loss = 0.0;
        var bins = new Dictionary<(long, long, long), (double Predicted, double Observed, int Count)>();
        foreach (var item in items)
        {
            var predicted = FsrsGradient.Predict(w, item, []);
            var observed = item.Recalled ? 1.0 : 0.0;
            loss += FsrsLoss.Of(predicted, item.Recalled);
            var key = Bin(item);
            var (p, o, n) = bins.GetValueOrDefault(key);
            bins[key] = (p + predicted, o + observed, n + 1);
        }

        var squared = bins.Values.Sum(b => b.Count * Math.Pow(b.Predicted / b.Count - b.Observed / b.Count, 2));
        return new FsrsMetrics(loss / items.Count, Math.Sqrt(squared / items.Count), items.Count);
    }

    /// <summary>
    /// The item's group: its interval, its number of reviews on later days and its lapses, each rounded to a geometric
    /// grid (ratios 3.62, 1.89 and 1.73, as in fsrs-rs) so groups stay populated as values grow.
    /// </summary>
    public static (long Interval, long Reviews, long Lapses) Bin(in TrainingItem item)
    {
        var lapses = item.Lapses;
        return (
            Grid(item.TargetElapsedDays, 2.48, 3.62, 100),
            Grid(item.LongTermReviews + 1, 1.99, 1.89, 1),
            lapses == 0 ? 0 : Grid(lapses, 1.65, 1.73, 1));
    }

    private static long Grid(double value, double scale, double ratio, double resolution) =>
        (long)Math.Round(scale * Math.Pow(ratio, Math.Floor(Math.Log(value) / Math.Log(ratio))) * resolution, MidpointRounding.AwayFromZero);
}
