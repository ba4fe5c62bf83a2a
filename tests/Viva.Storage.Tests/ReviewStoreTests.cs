using System.Text;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Storage;
using Viva.Storage.Tests.Support;
using Viva.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>The review log and queue on a real SQLite file and a real PostgreSQL schema.</summary>
public sealed class ReviewStoreTests : IDisposable
{
    private const string First = """
        # Basics

        ## What is overfitting? [basic]

        Fitting noise.

        ## What is a learning rate? [advanced]

        The step size.

        ## What is dropout?

        Randomly zeroing units.
        """;

    private const string Second = """
        # More

        ## What is overfitting?

        Memorising the training set.
        """;

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestBank? _bank;
    private IBankStore _store = null!;
    private ReviewService _reviews = null!;

    private void Use(string kind)
    {
        _bank = new TestBank(kind);
        _store = _bank.Open();
        _reviews = new ReviewService(_store, new FsrsScheduler(new SchedulerOptions()), _clock);
    }

    public void Dispose() => _bank?.Dispose();

    private async Task ImportAsync()
    {
        var importer = new ImportService(_store, new DuplicateLinker(), _clock);
        await importer.ImportAsync([new ImportDocument("a.md", Encoding.UTF8.GetBytes(First)), new ImportDocument("b.md", Encoding.UTF8.GetBytes(Second))], dryRun: false);
    }

    private async Task<string> ClusterOfAsync(string text) =>
        (await _store.GetAllAsync()).Single(q => q.Question.Question.Text == text && q.Question.Question.Source == "a.md").Question.Cluster;

    [Theory, SqliteStore, PostgresStore]
    public async Task New_cards_come_most_asked_first_up_to_the_daily_limit(string kind)
    {
        Use(kind);
        // Given
        await ImportAsync();

        // When
        var queue = await _reviews.BuildQueueAsync(2, new QuestionFilter());

        // Then
        Assert.Equal(2, queue.New.Count);
        Assert.Equal(await ClusterOfAsync("What is overfitting?"), queue.New[0]);
        Assert.Empty(queue.Reviews);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_rating_is_logged_and_the_card_rescheduled_and_undo_puts_it_back(string kind)
    {
        Use(kind);
        // Given
        await ImportAsync();
        var card = await ClusterOfAsync("What is dropout?");

        // When
        var review = await _reviews.AnswerAsync(card, Rating.Good, new AnswerDetails("zeroes units", 3.5, TimeSpan.FromSeconds(12)));

        // Then
        var stored = Assert.Single(await _store.GetCardHistoryAsync(ReviewService.LocalUser, card));
        Assert.Equal((review.Id, Rating.Good, "zeroes units", 3.5, TimeSpan.FromSeconds(12)), (stored.Id, stored.Rating, stored.Answer, stored.Score, stored.Duration));
        Assert.Equal(review.After, await _store.FindCardAsync(ReviewService.LocalUser, card));
        Assert.Equal(CardPhase.Learning, review.After.Phase);
        var queue = await _reviews.BuildQueueAsync(20, new QuestionFilter());
        Assert.Equal(card, Assert.Single(queue.Learning).CardId);
        Assert.DoesNotContain(card, queue.New);
        Assert.Equal(1, await _store.CountNewStartedAsync(ReviewService.LocalUser, _clock.Now.AddHours(-1)));

        // When
        Assert.True(await _reviews.UndoAsync(review.Id));

        // Then
        Assert.Null(await _store.FindCardAsync(ReviewService.LocalUser, card));
        Assert.Empty(await _store.GetCardHistoryAsync(ReviewService.LocalUser, card));
        Assert.False(await _reviews.UndoAsync(review.Id));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_review_computed_from_a_replaced_schedule_is_refused_and_stores_nothing(string kind)
    {
        Use(kind);
        // Given: two ratings computed from the same new card, the first saved
        await ImportAsync();
        var card = await ClusterOfAsync("What is dropout?");
        var first = await _reviews.AnswerAsync(card, Rating.Good, AnswerDetails.None);
        var stale = first with { Id = 0, Rating = Rating.Again };

        // When
        var refused = await Assert.ThrowsAsync<StaleCardException>(() => _store.SaveReviewAsync(stale));

        // Then
        Assert.Equal(card, refused.CardId);
        Assert.Equal(first.Id, Assert.Single(await _store.GetCardHistoryAsync(ReviewService.LocalUser, card)).Id);
        Assert.Equal(first.After, await _store.FindCardAsync(ReviewService.LocalUser, card));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_rating_with_an_expected_version_lands_only_on_that_version(string kind)
    {
        Use(kind);
        // Given
        await ImportAsync();
        var card = await ClusterOfAsync("What is dropout?");
        await _reviews.AnswerAsync(card, Rating.Good, AnswerDetails.None);

        // When
        var late = await _reviews.AnswerIfUnchangedAsync(card, Rating.Easy, AnswerDetails.None, expectedReps: 0);
        var current = await _reviews.AnswerIfUnchangedAsync(card, Rating.Easy, AnswerDetails.None, expectedReps: 1);

        // Then
        Assert.Null(late);
        Assert.NotNull(current);
        Assert.Equal(2, (await _store.FindCardAsync(ReviewService.LocalUser, card))!.Reps);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Undo_only_takes_back_the_latest_review_of_a_card(string kind)
    {
        Use(kind);
        // Given
        await ImportAsync();
        var card = await ClusterOfAsync("What is dropout?");
        var first = await _reviews.AnswerAsync(card, Rating.Good, AnswerDetails.None);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var second = await _reviews.AnswerAsync(card, Rating.Good, AnswerDetails.None);

        // Then
        Assert.False(await _reviews.UndoAsync(first.Id));
        Assert.True(await _reviews.UndoAsync(second.Id));
        Assert.Equal(first.After, await _store.FindCardAsync(ReviewService.LocalUser, card));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Due_reviews_come_least_remembered_first_and_filters_apply(string kind)
    {
        Use(kind);
        // Given: two cards graduated with Easy, one of them forgotten-prone (reviewed Hard later)
        await ImportAsync();
        var overfitting = await ClusterOfAsync("What is overfitting?");
        var rate = await ClusterOfAsync("What is a learning rate?");
        await _reviews.AnswerAsync(overfitting, Rating.Easy, AnswerDetails.None);
        await _reviews.AnswerAsync(rate, Rating.Easy, AnswerDetails.None);

        // When: a year later both are due
        _clock.Advance(TimeSpan.FromDays(365));
        var queue = await _reviews.BuildQueueAsync(0, new QuestionFilter());
        var advanced = await _reviews.BuildQueueAsync(0, new QuestionFilter { Level = Level.Advanced });
        var fromB = await _reviews.BuildQueueAsync(20, new QuestionFilter { Source = "b.md" });

        // Then
        Assert.Equal(2, queue.Reviews.Count);
        Assert.Empty(queue.New);
        var recall = queue.Reviews.Select(r => _reviews.Scheduler.Retrievability(r.Card, _clock.Now)).ToList();
        Assert.True(recall[0] <= recall[1]);
        Assert.Equal(rate, Assert.Single(advanced.Reviews).CardId);
        Assert.Equal(overfitting, Assert.Single(fromB.Reviews).CardId);
        Assert.Empty(fromB.New);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Users_do_not_see_each_others_cards(string kind)
    {
        Use(kind);
        // Given
        await ImportAsync();
        var card = await ClusterOfAsync("What is dropout?");
        var other = new ReviewService(_store, _reviews.Scheduler, _clock, "someone-else");
        await other.AnswerAsync(card, Rating.Again, AnswerDetails.None);

        // Then
        Assert.Null(await _store.FindCardAsync(ReviewService.LocalUser, card));
        Assert.Contains(card, (await _reviews.BuildQueueAsync(20, new QuestionFilter())).New);
        Assert.Empty(await _store.GetReviewsAsync(ReviewService.LocalUser, DateTimeOffset.MinValue));
        Assert.Single(await _store.GetReviewsAsync("someone-else", DateTimeOffset.UnixEpoch));
    }
}
