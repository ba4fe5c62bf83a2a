namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>Binary cross-entropy of predicted recall against what happened, the quantity the optimizer minimises.</summary>
public static class FsrsLoss
{
    /// <summary>Predictions are kept this far from 0 and 1 so one confident miss cannot dominate the loss.</summary>
    public const double Margin = 1e-4;

    /// <summary>The loss of one prediction.</summary>
    public static double Of(double predicted, bool recalled)
    {
        var p = Math.Clamp(predicted, Margin, 1 - Margin);
        return -(recalled ? Math.Log(p) : Math.Log(1 - p));
    }

    /// <summary>
    /// Adds <paramref name="weight"/> × the item's loss gradient to <paramref name="sum"/> and returns the weighted loss.
    /// </summary>
    /// <param name="w">The weights.</param>
    /// <param name="item">The item.</param>
    /// <param name="weight">The item's weight.</param>
    /// <param name="scratch">21 values of working space.</param>
    /// <param name="sum">The running gradient.</param>
    public static double Accumulate(ReadOnlySpan<double> w, in TrainingItem item, double weight, Span<double> scratch, Span<double> sum)
    {
        var predicted = FsrsGradient.Predict(w, item, scratch);
        var recalled = item.Recalled;
        if (predicted > Margin && predicted < 1 - Margin)
        {
            var slope = weight * (recalled ? -1 / predicted : 1 / (1 - predicted));
            for (var j = 0; j < sum.Length; j++)
            {
                sum[j] += slope * scratch[j];
            }
        }

        return weight * Of(predicted, recalled);
    }
}
