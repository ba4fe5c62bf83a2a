using Viva.Core.Scheduling.Interview;
using Viva.Core.Scheduling.States;
using Viva.Core.Storage;

namespace Viva.Core.Scheduling;

/// <summary>
/// The bridge between the pure scheduler and the review log: builds today's queue, previews the four
/// outcomes of a card, and records a rating (logged and committed before it returns).
/// </summary>
public sealed class ReviewService
{
    /// <summary>The user of a single-user installation.</summary>
    public const string LocalUser = "local";

    // Each retry follows a rating that did land, so a handful covers any realistic burst.
    private const int MaxAttempts = 16;

    private readonly IReviewStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the service for <paramref name="userId"/>.</summary>
    public ReviewService(IReviewStore store, FsrsScheduler scheduler, TimeProvider time, string userId = LocalUser)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        Scheduler = scheduler;
        _time = time;
        UserId = userId;
    }

    /// <summary>The review log.</summary>
    public IReviewStore Store => _store;

    /// <summary>The scheduler in use.</summary>
    public FsrsScheduler Scheduler { get; }

    /// <summary>Whose cards these are.</summary>
    public string UserId { get; }

    /// <summary>The current time.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Today's queue: what is due before the next study day starts, and up to <paramref name="newLimit"/> new cards a day.</summary>
    public async Task<TodaysCards> BuildQueueAsync(int newLimit, QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var options = Scheduler.Options;
        var dayEnd = StudyDays.NextDayStart(now, options.TimeZone, options.DayStartHour);
        var due = await _store.GetDueAsync(UserId, dayEnd, filter, cancellationToken).ConfigureAwait(false);
        var learning = due.Where(d => d.Card.Phase != CardPhase.Review).OrderBy(d => d.Card.Due).ToList();
        var reviews = due.Where(d => d.Card.Phase == CardPhase.Review)
            .Select(d => (Card: d, Recall: Scheduler.Retrievability(d.Card, now)))
            .OrderBy(d => d.Recall).ThenBy(d => d.Card.Card.Due).Select(d => d.Card).ToList();
        var started = await _store.CountNewStartedAsync(UserId, dayEnd.AddDays(-1), cancellationToken).ConfigureAwait(false);
        var fresh = await _store.GetNewAsync(UserId, Math.Max(0, newLimit - started), filter, cancellationToken).ConfigureAwait(false);
        return new TodaysCards(learning, reviews, fresh);
    }

    /// <summary>
    /// Today's queue for an interview on <paramref name="plan"/>'s date: learning steps first, then the studied cards due
    /// before the interview and up to <paramref name="newLimit"/> new cards a day, ordered by the recall on the day that
    /// studying each now adds per second, as many as fit in what is left of today's budget. On or after the interview
    /// day it is the ordinary queue.
    /// </summary>
    public async Task<TodaysCards> BuildInterviewQueueAsync(InterviewPlan plan, int newLimit, QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = Now;
        var options = Scheduler.Options;
        var days = DaysUntil(plan.Date);
        if (days <= 0)
        {
            return await BuildQueueAsync(newLimit, filter, cancellationToken).ConfigureAwait(false);
        }

        var dayEnd = StudyDays.NextDayStart(now, options.TimeZone, options.DayStartHour);
        var due = await _store.GetDueAsync(UserId, dayEnd.AddDays(days - 1), filter, cancellationToken).ConfigureAwait(false);
        var learning = due.Where(d => d.Card.Phase != CardPhase.Review && d.Card.Due < dayEnd).OrderBy(d => d.Card.Due).ToList();
        var reviews = due.Where(d => d.Card.Phase == CardPhase.Review).ToDictionary(d => d.CardId, StringComparer.Ordinal);
        var started = await _store.CountNewStartedAsync(UserId, dayEnd.AddDays(-1), cancellationToken).ConfigureAwait(false);
        var fresh = await _store.GetNewAsync(UserId, Math.Max(0, newLimit - started), filter, cancellationToken).ConfigureAwait(false);
        var spent = (await _store.GetReviewsAsync(UserId, dayEnd.AddDays(-1), cancellationToken).ConfigureAwait(false)).Sum(r => r.Duration.TotalSeconds);
        var cards = reviews.Values.Select(d => new PlanCard(d.CardId, d.Card.Memory, Scheduler.ElapsedDays(d.Card, now)))
            .Concat(fresh.Select(id => new PlanCard(id, null, 0)));
        var order = InterviewPlanner.Order(cards, Scheduler.Model, days, (plan.MinutesPerDay * 60.0) - spent);
        return new TodaysCards(learning, [.. order.Where(reviews.ContainsKey).Select(id => reviews[id])], [.. order.Where(id => !reviews.ContainsKey(id))])
        {
            Order = order,
        };
    }

    /// <summary>Whole study days from today to <paramref name="date"/> (0 on the day, negative after it).</summary>
    public int DaysUntil(DateOnly date) =>
        (int)(date.DayNumber - StudyDays.DayNumber(Now, Scheduler.Options.TimeZone, Scheduler.Options.DayStartHour));

    /// <summary>The card's schedule now (new if never studied).</summary>
    public async Task<CardSchedule> GetCardAsync(string cardId, CancellationToken cancellationToken = default) =>
        await _store.FindCardAsync(UserId, cardId, cancellationToken).ConfigureAwait(false) ?? CardSchedule.New;

    /// <summary>What each rating would do to the card if given now.</summary>
    public async Task<IReadOnlyList<ScheduledOutcome>> PreviewAsync(string cardId, CancellationToken cancellationToken = default)
    {
        var card = await GetCardAsync(cardId, cancellationToken).ConfigureAwait(false);
        return Scheduler.NextStates(card, Now, IntervalFuzz.Factor(cardId, card.Reps));
    }

    /// <summary>
    /// Rates the card now and commits the review before returning it. A rating that lands between reading the card and
    /// saving is not lost: the review is recomputed from the newer schedule.
    /// </summary>
    public async Task<ReviewRecord> AnswerAsync(string cardId, Rating rating, AnswerDetails details, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RateAsync(cardId, rating, details, expectedReps: null, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("unreachable: no expected version");
            }
            catch (StaleCardException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    /// <summary>
    /// Rates the card only if it has been rated exactly <paramref name="expectedReps"/> times (the version a rating form was
    /// made for), checked in the same transaction as the write; null when another rating came first.
    /// </summary>
    public async Task<ReviewRecord?> AnswerIfUnchangedAsync(string cardId, Rating rating, AnswerDetails details, int expectedReps, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RateAsync(cardId, rating, details, expectedReps, cancellationToken).ConfigureAwait(false);
        }
        catch (StaleCardException)
        {
            return null;
        }
    }

    private async Task<ReviewRecord?> RateAsync(string cardId, Rating rating, AnswerDetails details, int? expectedReps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!Enum.IsDefined(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "a rating is 1 (again) to 4 (easy)");
        }

        if (details.Override is not null && details.Score is null)
        {
            throw new ArgumentException("a grade override needs a graded answer (a score)", nameof(details));
        }

        var now = Now;
        var card = await GetCardAsync(cardId, cancellationToken).ConfigureAwait(false);
        if (expectedReps is { } expected && card.Reps != expected)
        {
            return null;
        }

        var outcome = Scheduler.Review(card, rating, now, IntervalFuzz.Factor(cardId, card.Reps));
        var record = new ReviewRecord(0, UserId, cardId, now, rating, outcome.ElapsedDays, card, outcome.Card, details.Answer, details.Score, details.Duration, details.Override);
        var id = await _store.SaveReviewAsync(record, cancellationToken).ConfigureAwait(false);
        return record with { Id = id };
    }

    /// <summary>Records the user's verdict on the grade of one of their reviews; null withdraws it.</summary>
    public Task<GradeOverrideResult> OverrideGradeAsync(long reviewId, GradeOverride? verdict, CancellationToken cancellationToken = default) =>
        _store.SetGradeOverrideAsync(UserId, reviewId, verdict, cancellationToken);

    /// <summary>Takes back a review if it is still its card's latest.</summary>
    public Task<bool> UndoAsync(long reviewId, CancellationToken cancellationToken = default) =>
        _store.UndoAsync(UserId, reviewId, cancellationToken);
}
