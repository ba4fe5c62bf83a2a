namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>How well a set of weights predicts recall on some reviews; lower is better for both figures.</summary>
/// <param name="LogLoss">Mean binary cross-entropy of predicted recall against what happened.</param>
/// <param name="RmseBins">
/// Calibration error: reviews are grouped by interval, review count and lapses; within each group the mean
/// prediction is compared with the observed recall rate, and the root mean square of the gaps is weighted by group size.
/// </param>
/// <param name="Reviews">Reviews scored.</param>
public sealed record FsrsMetrics(double LogLoss, double RmseBins, int Reviews);
