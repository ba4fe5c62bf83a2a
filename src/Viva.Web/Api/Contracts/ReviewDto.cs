using Viva.Core.Scheduling;
using Viva.Web.Rendering;

namespace Viva.Web.Api.Contracts;

/// <summary>One logged review.</summary>
/// <param name="Id">The log id.</param>
/// <param name="CardId">The card.</param>
/// <param name="ReviewedAt">When it was rated.</param>
/// <param name="Rating">1–4.</param>
/// <param name="RatingName">Again, Hard, Good or Easy.</param>
/// <param name="Due">When the card comes back.</param>
/// <param name="Interval">Until then, e.g. 3d.</param>
/// <param name="Score">The grader's score, if graded.</param>
/// <param name="Answer">What the user typed, if anything.</param>
/// <param name="GradeOverride">The user's verdict on the grade, <c>right</c> or <c>wrong</c>; null when none.</param>
public sealed record ReviewDto(long Id, string CardId, DateTimeOffset ReviewedAt, int Rating, string RatingName, DateTimeOffset? Due, string Interval, double? Score, string? Answer,
    string? GradeOverride)
{
    /// <summary>The DTO of <paramref name="review"/>.</summary>
    public static ReviewDto From(ReviewRecord review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var due = review.After.Due;
        return new(review.Id, review.CardId, review.ReviewedAt, (int)review.Rating, review.Rating.ToString(), due,
            due is { } d ? IntervalText.Describe(d - review.ReviewedAt) : "", review.Score, review.Answer, review.Override?.ToName());
    }
}
