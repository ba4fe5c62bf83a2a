namespace Viva.Web.Api.Contracts;

/// <summary>A rating to record.</summary>
/// <param name="CardId">The card.</param>
/// <param name="Rating">1 again, 2 hard, 3 good, 4 easy.</param>
/// <param name="Answer">What the user typed, if anything.</param>
/// <param name="Score">The grader's 0–5 score, if graded.</param>
/// <param name="DurationMs">Time from showing the question to the rating, in milliseconds.</param>
/// <param name="Version">The card's version when it was shown; a mismatch means it was rated since (409).</param>
/// <param name="GradeOverride">The user's verdict on the grade: <c>right</c> (scored too low) or <c>wrong</c> (too high); needs a score.</param>
public sealed record ReviewRequest(string? CardId, int? Rating, string? Answer, double? Score, long? DurationMs, int? Version, string? GradeOverride = null);
