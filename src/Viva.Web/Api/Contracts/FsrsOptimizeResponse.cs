using Viva.Core.Scheduling.Fsrs;

namespace Viva.Web.Api.Contracts;

/// <summary>The outcome of fitting the user's FSRS parameters (the fields of <c>viva fsrs optimize --json</c>).</summary>
/// <param name="Reviews">Reviews in the log.</param>
/// <param name="TrainingReviews">Earlier reviews the held-out fit was trained on.</param>
/// <param name="HeldOutReviews">Later reviews both sets of parameters were scored on.</param>
/// <param name="Before">The parameters in use before.</param>
/// <param name="After">The fit.</param>
/// <param name="Applied">Whether the fit now schedules the user's cards.</param>
/// <param name="FittedAt">When the fit ran.</param>
/// <param name="Parameters">The fitted w0…w20.</param>
/// <param name="RecommendedRetention">The desired retention with the least study time per card remembered.</param>
public sealed record FsrsOptimizeResponse(
    int Reviews, int TrainingReviews, int HeldOutReviews, FsrsScoresDto Before, FsrsScoresDto After,
    bool Applied, DateTimeOffset FittedAt, IReadOnlyList<double> Parameters, double? RecommendedRetention)
{
    /// <summary>The DTO of a run that fitted.</summary>
    public static FsrsOptimizeResponse From(FsrsOptimizeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report ?? throw new ArgumentException("the run was refused", nameof(result));
        var saved = result.Saved!;
        return new(result.Reviews, report.TrainingItems, report.FittedScore.Reviews,
            FsrsScoresDto.From(report.CurrentScore, result.ComparedWithDefaults), FsrsScoresDto.From(report.FittedScore, defaults: false),
            saved.Applied, saved.FittedAt, [.. saved.Parameters.Weights.Select(w => Math.Round(w, 4))], saved.RecommendedRetention);
    }
}
