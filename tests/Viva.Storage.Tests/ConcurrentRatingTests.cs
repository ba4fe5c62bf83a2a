using System.Text;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Scheduling;
using Viva.Core.Storage;
using Viva.Storage.Tests.Support;
using Viva.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>
/// The double-submit race: identical ratings computed from one view of a card, released together on connections of
/// their own, as the web app's requests are. The check and the write share one transaction, so exactly one lands.
/// </summary>
public sealed class ConcurrentRatingTests : IDisposable
{
    private const int Racers = 8;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestBank? _bank;

    public void Dispose() => _bank?.Dispose();

    [Theory, SqliteStore, PostgresStore]
    public async Task Eight_identical_ratings_released_at_once_give_one_review_on_a_new_and_on_a_studied_card(string kind)
    {
        // Given: a bank with one card, and eight connections to it
        _bank = new TestBank(kind);
        var setup = _bank.Open();
        await new ImportService(setup, new DuplicateLinker(), _clock)
            .ImportAsync([new ImportDocument("a.md", Encoding.UTF8.GetBytes("## What is dropout?\n\nRandomly zeroing units.\n"))], dryRun: false);
        var card = Assert.Single(await setup.GetAllAsync()).Question.Cluster;
        var stores = Enumerable.Range(0, Racers).Select(_ => _bank.Open()).ToList();

        for (var round = 0; round < 2; round++)
        {
            // When: each racer computes the same rating from the same stored state, then all save at once
            var reviews = new ReviewService(setup, new FsrsScheduler(new SchedulerOptions()), _clock);
            var before = await reviews.GetCardAsync(card);
            var outcome = reviews.Scheduler.Review(before, Rating.Good, _clock.Now, IntervalFuzz.Factor(card, before.Reps));
            var record = new ReviewRecord(0, ReviewService.LocalUser, card, _clock.Now, Rating.Good, outcome.ElapsedDays, before, outcome.Card, null, null, TimeSpan.FromSeconds(3));
            using var barrier = new Barrier(Racers);
            var racers = stores.Select(store => Task.Factory.StartNew(() =>
            {
                barrier.SignalAndWait();
                try
                {
                    store.SaveReviewAsync(record).GetAwaiter().GetResult();
                    return true;
                }
                catch (StaleCardException)
                {
                    return false;
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
            var accepted = await Task.WhenAll(racers).WaitAsync(TimeSpan.FromSeconds(60));

            // Then: one accepted, the card stepped once, one review more in the log
            Assert.Equal(1, accepted.Count(a => a));
            var stored = await setup.FindCardAsync(ReviewService.LocalUser, card);
            Assert.Equal(round + 1, stored!.Reps);
            Assert.Equal(outcome.Card, stored);
            Assert.Equal(round + 1, (await setup.GetCardHistoryAsync(ReviewService.LocalUser, card)).Count);
            _clock.Advance(TimeSpan.FromMinutes(15));
        }
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Ratings_retried_on_a_stale_card_all_land_and_no_reps_are_lost(string kind)
    {
        // Given
        _bank = new TestBank(kind);
        var setup = _bank.Open();
        await new ImportService(setup, new DuplicateLinker(), _clock)
            .ImportAsync([new ImportDocument("a.md", Encoding.UTF8.GetBytes("## What is dropout?\n\nRandomly zeroing units.\n"))], dryRun: false);
        var card = Assert.Single(await setup.GetAllAsync()).Question.Cluster;

        // When: four learners' sessions on one account each rate the card, one after another on their own connections
        const int Sessions = 4;
        var services = Enumerable.Range(0, Sessions).Select(_ => new ReviewService(_bank.Open(), new FsrsScheduler(new SchedulerOptions()), _clock)).ToList();
        using var barrier = new Barrier(Sessions);
        var sessions = services.Select(service => Task.Factory.StartNew(() =>
        {
            barrier.SignalAndWait();
            return service.AnswerAsync(card, Rating.Good, AnswerDetails.None).GetAwaiter().GetResult();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        await Task.WhenAll(sessions).WaitAsync(TimeSpan.FromSeconds(60));

        // Then: every rating is in the log and the card counts each of them
        Assert.Equal(Sessions, (await setup.GetCardHistoryAsync(ReviewService.LocalUser, card)).Count);
        Assert.Equal(Sessions, (await setup.FindCardAsync(ReviewService.LocalUser, card))!.Reps);
    }
}
