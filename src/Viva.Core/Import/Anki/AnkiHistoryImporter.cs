using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;
using Viva.Core.Storage;

namespace Viva.Core.Import.Anki;

/// <summary>
/// Brings an Anki review log into Viva's: each Anki rating (again, hard, good, easy) is replayed through the FSRS scheduler at
/// the time it was given, so every review carries the card's schedule before and after it, and the card ends where that
/// history leaves it; practice goes on from there. Manual reschedules are not ratings and are left out; a review already in
/// the log (same card, same millisecond) is not added twice, so importing the same deck again adds nothing.
/// </summary>
public sealed class AnkiHistoryImporter
{
    private const int MaxAttempts = 8;

    private readonly IReviewStore _store;
    private readonly FsrsScheduler _scheduler;
    private readonly string _userId;

    /// <summary>Creates the importer writing <paramref name="userId"/>'s reviews into <paramref name="store"/>.</summary>
    public AnkiHistoryImporter(IReviewStore store, FsrsScheduler scheduler, string userId = ReviewService.LocalUser)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        _userId = userId ?? throw new ArgumentNullException(nameof(userId));
    }

    /// <summary>The rating an Anki answer button stands for; null for a row that is no rating.</summary>
    public static Rating? RatingOf(AnkiReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Kind is 4 or 5 || review.Ease is < 1 or > 4 ? null : (Rating)review.Ease;
    }

    /// <summary>Adds the reviews of each card (Viva card id → Anki reviews) to the log, a card at a time.</summary>
    public async Task<AnkiHistoryResult> ImportAsync(IReadOnlyDictionary<string, IReadOnlyList<AnkiReview>> reviewsByCard, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviewsByCard);
        int imported = 0, cards = 0, alreadyThere = 0, skipped = 0;
        foreach (var (cardId, reviews) in reviewsByCard.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var attempt = 1; ; attempt++)
            {
                var (records, there, left) = await ReplayAsync(cardId, reviews, cancellationToken).ConfigureAwait(false);
                try
                {
                    if (records.Count > 0)
                    {
                        await _store.AppendReviewsAsync(records, cancellationToken).ConfigureAwait(false);
                        cards++;
                    }

                    imported += records.Count;
                    alreadyThere += there;
                    skipped += left;
                    break;
                }
                catch (StaleCardException) when (attempt < MaxAttempts)
                {
                    // Rated (or imported) meanwhile: replay again from the newer schedule.
                }
            }
        }

        return new AnkiHistoryResult(imported, cards, alreadyThere, skipped);
    }

    private async Task<(List<ReviewRecord> Records, int AlreadyThere, int Skipped)> ReplayAsync(string cardId, IReadOnlyList<AnkiReview> reviews, CancellationToken cancellationToken)
    {
        var history = await _store.GetCardHistoryAsync(_userId, cardId, cancellationToken).ConfigureAwait(false);
        var logged = history.Select(r => r.ReviewedAt.ToUnixTimeMilliseconds()).ToHashSet();
        var card = await _store.FindCardAsync(_userId, cardId, cancellationToken).ConfigureAwait(false) ?? CardSchedule.New;
        var records = new List<ReviewRecord>();
        int alreadyThere = 0, skipped = 0;
        foreach (var review in reviews.DistinctBy(r => r.Id).OrderBy(r => r.Id))
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(review.Id);
            if (logged.Contains(review.Id))
            {
                alreadyThere++;
                continue;
            }

            if (RatingOf(review) is not { } rating || (card.LastReview is { } last && at <= last))
            {
                skipped++;
                continue;
            }

            var outcome = _scheduler.Review(card, rating, at, IntervalFuzz.Factor(cardId, card.Reps));
            records.Add(new ReviewRecord(0, _userId, cardId, at, rating, outcome.ElapsedDays, card, outcome.Card, null, null,
                TimeSpan.FromMilliseconds(Math.Max(0, review.DurationMs))));
            card = outcome.Card;
        }

        return (records, alreadyThere, skipped);
    }
}
