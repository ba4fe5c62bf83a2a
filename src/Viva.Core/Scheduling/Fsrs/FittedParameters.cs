namespace Viva.Core.Scheduling.Fsrs;

/// <summary>One fit of a user's FSRS weights, kept with its date and how it scored (a version in the user's history).</summary>
/// <param name="UserId">Whose weights.</param>
/// <param name="FittedAt">When the fit ran.</param>
/// <param name="Parameters">The weights.</param>
/// <param name="Reviews">Reviews in the log the weights were fitted to.</param>
/// <param name="Applied">Whether the scheduler uses them (the newest applied fit wins).</param>
/// <param name="Before">Log loss and RMSE(bins) of the weights in use before, on the held-out later reviews.</param>
/// <param name="After">The same figures for the fit.</param>
/// <param name="RecommendedRetention">The desired retention that minimises study time per card remembered with these weights, if computed.</param>
public sealed record FittedParameters(
    string UserId,
    DateTimeOffset FittedAt,
    FsrsParameters Parameters,
    int Reviews,
    bool Applied,
    Optimizer.FsrsMetrics Before,
    Optimizer.FsrsMetrics After,
    double? RecommendedRetention);
