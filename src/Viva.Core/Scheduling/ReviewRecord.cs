using Viva.Core.Scheduling.States;

namespace Viva.Core.Scheduling;

/// <summary>One review as the log keeps it.</summary>
/// <param name="Id">Log id (0 before it is stored).</param>
/// <param name="UserId">Whose review it is.</param>
/// <param name="CardId">The card (a cluster id).</param>
/// <param name="ReviewedAt">When the rating was given.</param>
/// <param name="Rating">The rating.</param>
/// <param name="ElapsedDays">Whole study days since the card's previous review.</param>
/// <param name="Before">The card's schedule before the review.</param>
/// <param name="After">The card's schedule after it.</param>
/// <param name="Answer">What the user typed, if anything.</param>
/// <param name="Score">The grader's 0–5 score of that answer, if graded.</param>
/// <param name="Duration">How long the user took.</param>
/// <param name="Override">The user's verdict on the grade of <paramref name="Answer"/>, if they gave one.</param>
public sealed record ReviewRecord(
    long Id,
    string UserId,
    string CardId,
    DateTimeOffset ReviewedAt,
    Rating Rating,
    int ElapsedDays,
    CardSchedule Before,
    CardSchedule After,
    string? Answer,
    double? Score,
    TimeSpan Duration,
    GradeOverride? Override = null);
