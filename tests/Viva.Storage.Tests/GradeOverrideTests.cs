using System.Text;
using Microsoft.Data.Sqlite;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Scheduling;
using Viva.Core.Storage;
using Viva.Storage.Sqlite;
using Viva.Storage.Tests.Support;
using Viva.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>"I was right" / "I was wrong" verdicts on graded reviews, and the disagreement counts, on a real SQLite file and a PostgreSQL schema.</summary>
public sealed class GradeOverrideTests : IDisposable
{
    private const string Document = """
        # Basics

        ## What is overfitting?

        Fitting noise.

        ## What is a learning rate?

        The step size.

        ## What is dropout?

        Randomly zeroing units.
        """;

    private const string OtherUser = "someone-else";

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestBank? _bank;
    private IBankStore _store = null!;
    private ReviewService _reviews = null!;

    private string DatabasePath => _bank!.Location;

    private async Task UseAsync(string kind)
    {
        _bank = new TestBank(kind);
        _store = _bank.Open();
        _reviews = new ReviewService(_store, new FsrsScheduler(new SchedulerOptions()), _clock);
        var importer = new ImportService(_store, new DuplicateLinker(), _clock);
        await importer.ImportAsync([new ImportDocument("a.md", Encoding.UTF8.GetBytes(Document))], dryRun: false);
    }

    public void Dispose() => _bank?.Dispose();

    private async Task<string> CardAsync(string text) =>
        (await _store.GetAllAsync()).Single(q => q.Question.Question.Text == text).Question.Cluster;

    private Task<ReviewRecord> GradedAsync(string card, GradeOverride? verdict = null, ReviewService? reviews = null) =>
        (reviews ?? _reviews).AnswerAsync(card, Rating.Good, new AnswerDetails("an answer", 2.5, TimeSpan.FromSeconds(5), verdict));

    private async Task<GradeOverride?> StoredVerdictAsync(string card, long reviewId) =>
        (await _store.GetCardHistoryAsync(ReviewService.LocalUser, card)).Single(r => r.Id == reviewId).Override;

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Keep_The_Verdict_Given_With_The_Rating(string kind)
    {
        await UseAsync(kind);
        // Given
        var card = await CardAsync("What is dropout?");

        // When
        var review = await GradedAsync(card, GradeOverride.Right);

        // Then
        Assert.Equal(GradeOverride.Right, review.Override);
        Assert.Equal(GradeOverride.Right, await StoredVerdictAsync(card, review.Id));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Set_Change_And_Withdraw_The_Verdict_On_A_Stored_Review(string kind)
    {
        await UseAsync(kind);
        // Given
        var card = await CardAsync("What is dropout?");
        var review = await GradedAsync(card);
        Assert.Null(await StoredVerdictAsync(card, review.Id));

        // When / Then
        Assert.Equal(GradeOverrideResult.Saved, await _reviews.OverrideGradeAsync(review.Id, GradeOverride.Wrong));
        Assert.Equal(GradeOverride.Wrong, await StoredVerdictAsync(card, review.Id));
        Assert.Equal(GradeOverrideResult.Saved, await _reviews.OverrideGradeAsync(review.Id, GradeOverride.Right));
        Assert.Equal(GradeOverride.Right, await StoredVerdictAsync(card, review.Id));
        Assert.Equal(GradeOverrideResult.Saved, await _reviews.OverrideGradeAsync(review.Id, null));
        Assert.Null(await StoredVerdictAsync(card, review.Id));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Drop_The_Verdict_When_The_Review_Is_Undone(string kind)
    {
        await UseAsync(kind);
        // Given
        var card = await CardAsync("What is dropout?");
        var review = await GradedAsync(card, GradeOverride.Wrong);

        // When
        Assert.True(await _reviews.UndoAsync(review.Id));

        // Then
        Assert.Empty(await _store.GetDisagreementsAsync(ReviewService.LocalUser, 10));
        Assert.Equal(GradeOverrideResult.NotFound, await _reviews.OverrideGradeAsync(review.Id, GradeOverride.Right));
        Assert.Empty(await _store.GetCardHistoryAsync(ReviewService.LocalUser, card));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_Another_Users_Review_And_Leave_It_Unchanged(string kind)
    {
        await UseAsync(kind);
        // Given
        var card = await CardAsync("What is dropout?");
        var other = new ReviewService(_store, _reviews.Scheduler, _clock, OtherUser);
        var theirs = await GradedAsync(card, reviews: other);

        // When
        var result = await _reviews.OverrideGradeAsync(theirs.Id, GradeOverride.Right);

        // Then
        Assert.Equal(GradeOverrideResult.NotFound, result);
        Assert.Null(Assert.Single(await _store.GetCardHistoryAsync(OtherUser, card)).Override);
        Assert.Empty(await _store.GetDisagreementsAsync(OtherUser, 10));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_A_Review_That_Was_Not_Graded(string kind)
    {
        await UseAsync(kind);
        // Given
        var card = await CardAsync("What is dropout?");
        var ungraded = await _reviews.AnswerAsync(card, Rating.Hard, AnswerDetails.None);

        // When
        var result = await _reviews.OverrideGradeAsync(ungraded.Id, GradeOverride.Wrong);

        // Then
        Assert.Equal(GradeOverrideResult.NotGraded, result);
        Assert.Equal(GradeOverrideResult.NotFound, await _reviews.OverrideGradeAsync(ungraded.Id + 1000, GradeOverride.Wrong));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _reviews.AnswerAsync(card, Rating.Good, new AnswerDetails("typed", null, TimeSpan.Zero, GradeOverride.Right)));
        Assert.Single(await _store.GetCardHistoryAsync(ReviewService.LocalUser, card));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_List_The_Most_Overridden_Cards_First_And_Only_The_Users_Own(string kind)
    {
        await UseAsync(kind);
        // Given: dropout overridden three times of four graded, overfitting once of one, the learning rate once of two
        var dropout = await CardAsync("What is dropout?");
        var overfitting = await CardAsync("What is overfitting?");
        var rate = await CardAsync("What is a learning rate?");
        await GradedAsync(dropout, GradeOverride.Right);
        await GradedAsync(dropout, GradeOverride.Right);
        await GradedAsync(dropout, GradeOverride.Wrong);
        await GradedAsync(dropout);
        await _reviews.AnswerAsync(dropout, Rating.Good, AnswerDetails.None);
        await GradedAsync(rate, GradeOverride.Wrong);
        await GradedAsync(rate);
        await GradedAsync(overfitting, GradeOverride.Wrong);
        var other = new ReviewService(_store, _reviews.Scheduler, _clock, OtherUser);
        for (var i = 0; i < 5; i++)
        {
            await GradedAsync(rate, GradeOverride.Right, other);
        }

        // When
        var all = await _store.GetDisagreementsAsync(ReviewService.LocalUser, 10);
        var top = await _store.GetDisagreementsAsync(ReviewService.LocalUser, 1);

        // Then: most overrides first, then the higher share of graded reviews overridden
        Assert.Equal([dropout, overfitting, rate], all.Select(d => d.CardId));
        Assert.Equal(("What is dropout?", 4, 2, 1), (all[0].Question, all[0].Graded, all[0].Right, all[0].Wrong));
        Assert.Equal((1, 0, 1, 1.0), (all[1].Graded, all[1].Right, all[1].Wrong, all[1].Rate));
        Assert.Equal((2, 0, 1, 0.5), (all[2].Graded, all[2].Right, all[2].Wrong, all[2].Rate));
        Assert.Equal(dropout, Assert.Single(top).CardId);
        var theirs = Assert.Single(await _store.GetDisagreementsAsync(OtherUser, 10));
        Assert.Equal((rate, 5, 5, 0), (theirs.CardId, theirs.Graded, theirs.Right, theirs.Wrong));
    }

    [Fact]
    public async Task Should_Upgrade_A_Version_Two_Database_And_Keep_Its_Reviews()
    {
        await UseAsync(StoreKinds.Sqlite);
        // Given: a review logged before overrides existed, in a database set back to schema 2
        var card = await CardAsync("What is dropout?");
        var old = await GradedAsync(card);
        _store.Dispose();
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "DROP TABLE api_tokens; DROP TABLE invites; DROP TABLE users; ALTER TABLE documents DROP COLUMN owner; ALTER TABLE questions DROP COLUMN answer_quality; DROP TABLE mock_answers; DROP TABLE mocks; DROP TABLE fsrs_parameters; DROP TABLE embeddings; DROP INDEX ix_reviews_override; ALTER TABLE reviews DROP COLUMN grade_override; PRAGMA user_version = 2;";
            downgrade.ExecuteNonQuery();
        }

        // When
        _store = SqliteQuestionStore.Open(DatabasePath);
        _reviews = new ReviewService(_store, _reviews.Scheduler, _clock);

        // Then
        Assert.Null(await StoredVerdictAsync(card, old.Id));
        Assert.Equal(GradeOverrideResult.Saved, await _reviews.OverrideGradeAsync(old.Id, GradeOverride.Right));
        Assert.Equal(GradeOverride.Right, await StoredVerdictAsync(card, old.Id));
    }
}
