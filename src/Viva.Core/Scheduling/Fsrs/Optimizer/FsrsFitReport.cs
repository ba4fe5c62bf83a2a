namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>The outcome of fitting weights to a review log, judged on the later reviews the fit never saw.</summary>
/// <param name="Reviews">Reviews in the log.</param>
/// <param name="TrainingItems">Earlier reviews (on a later day than the one before) the held-out fit was trained on.</param>
/// <param name="Current">The weights in use before the fit.</param>
/// <param name="CurrentScore"><paramref name="Current"/> scored on the held-out later reviews.</param>
/// <param name="Fitted">The weights fitted to the earlier reviews only.</param>
/// <param name="FittedScore"><paramref name="Fitted"/> scored on the held-out later reviews.</param>
/// <param name="Final">The weights to apply: fitted again to every review, with the same settings.</param>
public sealed record FsrsFitReport(
    int Reviews,
    int TrainingItems,
    FsrsParameters Current,
    FsrsMetrics CurrentScore,
    FsrsParameters Fitted,
    FsrsMetrics FittedScore,
    FsrsParameters Final)
{
    /// <summary>True when the fitted weights predict the held-out reviews better by both log loss and RMSE(bins).</summary>
    public bool Improves => FittedScore.LogLoss < CurrentScore.LogLoss && FittedScore.RmseBins < CurrentScore.RmseBins;
}
