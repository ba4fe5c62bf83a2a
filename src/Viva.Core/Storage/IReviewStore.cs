using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;

namespace Viva.Core.Storage;

/// <summary>The review log and card schedules, per user. Implemented by the storage projects.</summary>
public interface IReviewStore
{
    /// <summary>The user's schedule for a card, or null while it is new.</summary>
    Task<CardSchedule?> FindCardAsync(string userId, string cardId, CancellationToken cancellationToken = default);

    /// <summary>Studied cards due before <paramref name="dueBefore"/> whose question passes <paramref name="filter"/>.</summary>
    Task<IReadOnlyList<DueCard>> GetDueAsync(string userId, DateTimeOffset dueBefore, QuestionFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> cards the user has never studied, most asked first, then basic before advanced.</summary>
    Task<IReadOnlyList<string>> GetNewAsync(string userId, int limit, QuestionFilter filter, CancellationToken cancellationToken = default);

    /// <summary>How many cards the user studied for the first time since <paramref name="since"/>.</summary>
    Task<int> CountNewStartedAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>
    /// Logs a review and stores the card's new schedule in one transaction; returns the log id. Throws
    /// <see cref="StaleCardException"/> (and stores nothing) when the stored schedule is no longer the review's
    /// <see cref="ReviewRecord.Before"/>, so two ratings computed from the same state cannot both land.
    /// </summary>
    Task<long> SaveReviewAsync(ReviewRecord review, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a card's earlier history (reviews of one card, oldest first, each starting from the schedule the one before
    /// left) and leaves the card as the last one left it, in one transaction. Throws <see cref="StaleCardException"/> when the
    /// card's schedule is no longer the first review's starting point.
    /// </summary>
    Task AppendReviewsAsync(IReadOnlyList<ReviewRecord> reviews, CancellationToken cancellationToken = default);

    /// <summary>Removes the review and puts its card back as it was, if it is still the card's latest review.</summary>
    Task<bool> UndoAsync(string userId, long reviewId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the user's verdict on the grade of their review <paramref name="reviewId"/> ("I was right" / "I was wrong");
    /// null withdraws it. Another user's review is reported as not found, and a review without a score cannot be overridden.
    /// </summary>
    Task<GradeOverrideResult> SetGradeOverrideAsync(string userId, long reviewId, GradeOverride? verdict, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="limit"/> cards whose grades the user overrode at least once, most overrides first (then the higher
    /// share of graded reviews, then card id), each with its graded-review and override counts.
    /// </summary>
    Task<IReadOnlyList<GradeDisagreement>> GetDisagreementsAsync(string userId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The user's reviews since <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<ReviewRecord>> GetReviewsAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>The user's reviews of one card, oldest first.</summary>
    Task<IReadOnlyList<ReviewRecord>> GetCardHistoryAsync(string userId, string cardId, CancellationToken cancellationToken = default);

    /// <summary>Every card of the bank with its topic and the user's schedule.</summary>
    Task<IReadOnlyList<CardOverview>> GetCardsAsync(string userId, CancellationToken cancellationToken = default);
}
