using System.Text;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Mock;
using Viva.Core.Scheduling;
using Viva.Core.Storage;
using Viva.Storage.Tests.Support;
using Viva.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>Mock interviews on a real SQLite file and a PostgreSQL schema: saved apart from the review log, leaving card schedules alone.</summary>
public sealed class MockStoreTests : IDisposable
{
    private const string Document = """
        # Basics

        ## What is overfitting? [basic]

        Fitting noise.

        ## What is a learning rate? [advanced]

        The step size.

        ## What is dropout?

        Randomly zeroing units.
        """;

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestBank? _bank;
    private IBankStore _store = null!;

    private void Use(string kind)
    {
        _bank = new TestBank(kind);
        _store = _bank.Open();
    }

    public void Dispose() => _bank?.Dispose();

    private async Task<List<MockCandidate>> ImportAsync()
    {
        await new ImportService(_store, new DuplicateLinker(), _clock).ImportAsync([new ImportDocument("a.md", Encoding.UTF8.GetBytes(Document))], dryRun: false);
        return [.. (await _store.GetAllAsync()).Select(s => new MockCandidate(s.Question.Cluster, s.Question, "basics", 1))];
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_mock_is_saved_with_its_answers_and_leaves_card_states_and_the_review_log_unchanged(string kind)
    {
        Use(kind);
        // Given: two cards studied in practice, a day passes
        var candidates = await ImportAsync();
        var reviews = new ReviewService(_store, new FsrsScheduler(new SchedulerOptions()), _clock);
        await reviews.AnswerAsync(candidates[0].CardId, Rating.Good, new AnswerDetails("noise", 3, TimeSpan.FromSeconds(20), null));
        await reviews.AnswerAsync(candidates[1].CardId, Rating.Again, new AnswerDetails("", null, TimeSpan.FromSeconds(5), null));
        _clock.Advance(TimeSpan.FromDays(1));
        var cardsBefore = await _store.GetCardsAsync(ReviewService.LocalUser);
        var logBefore = await _store.GetReviewsAsync(ReviewService.LocalUser, DateTimeOffset.MinValue);

        // When: a mock asks all three cards, one of them skipped, one a follow-up
        var mocks = new MockService(_store, _clock, ReviewService.LocalUser);
        var plan = new MockPlan(new MockOptions(MockTrack.Custom(["basics"]), 3, 15, null, 9),
            [new MockItem(1, candidates[0], null), new MockItem(2, candidates[1], 1), new MockItem(3, candidates[2], null)]);
        var id = await mocks.StartAsync(plan);
        await mocks.RecordAsync(id, plan.Items[0], "It memorises noise.", new MockGrade(4.5, ["fits noise"], []), TimeSpan.FromSeconds(40));
        await mocks.RecordAsync(id, plan.Items[1], "", null, TimeSpan.FromSeconds(3));
        _clock.Advance(TimeSpan.FromMinutes(2));
        await mocks.RecordAsync(id, plan.Items[2], "Drops units <at random>.", new MockGrade(2, [], ["zeroes units"]), TimeSpan.FromSeconds(70));
        var report = await mocks.FinishAsync(id);

        // Then: the schedules and the log are exactly as they were
        Assert.Equal(cardsBefore, await _store.GetCardsAsync(ReviewService.LocalUser));
        Assert.Equal(logBefore, await _store.GetReviewsAsync(ReviewService.LocalUser, DateTimeOffset.MinValue));

        // And the mock reads back whole
        var saved = report.Mock;
        Assert.Equal(id, saved.Id);
        Assert.Equal(_clock.Now, saved.FinishedAt);
        Assert.Equal("Custom: basics", saved.Track);
        Assert.Equal(9, saved.Seed);
        Assert.Equal([1, 2, 3], saved.Answers.Select(a => a.Position));
        Assert.Equal((int?)1, saved.Answers[1].FollowUpOf);
        Assert.Equal("", saved.Answers[1].Answer);
        Assert.Null(saved.Answers[1].Score);
        Assert.Equal(["zeroes units"], saved.Answers[2].Missed);
        Assert.Equal("Drops units <at random>.", saved.Answers[2].Answer);
        Assert.Equal(TimeSpan.FromSeconds(70), saved.Answers[2].Duration);
        Assert.Equal("Fitting noise.", saved.Answers[0].Reference);
        Assert.Equal((4.5 + 0 + 2) / 3, saved.MeanScore!.Value, 6);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task History_lists_a_users_mocks_newest_first_and_hides_other_users_mocks(string kind)
    {
        Use(kind);
        var candidates = await ImportAsync();
        var plan = new MockPlan(new MockOptions(MockTrack.Mlops, 1, 5, null, 1), [new MockItem(1, candidates[0], null)]);
        var mine = new MockService(_store, _clock, "me");
        var first = await mine.StartAsync(plan);
        var second = await mine.StartAsync(plan);
        var theirs = await new MockService(_store, _clock, "someone-else").StartAsync(plan);

        Assert.Equal([second, first], (await _store.GetMocksAsync("me")).Select(m => m.Id));
        Assert.Null(await _store.GetMockAsync("me", theirs));
        Assert.Null(await mine.ReportAsync(theirs));
        Assert.Null((await _store.GetMockAsync("me", first))!.FinishedAt);
    }
}
