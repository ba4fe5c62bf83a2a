using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Storage;
using Viva.Storage.Tests.Support;
using Viva.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>Fitted FSRS weights per user, versioned by date, and the optimizer's fit-and-store round trip, on a real SQLite file and a PostgreSQL schema.</summary>
public sealed class FsrsParameterStoreTests : IDisposable
{
    private static readonly FsrsMetrics Figures = new(0.45, 0.06, 120);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestBank? _bank;
    private IBankStore _store = null!;

    private void Use(string kind)
    {
        _bank = new TestBank(kind);
        _store = _bank.Open();
    }

    public void Dispose() => _bank?.Dispose();

    private static FittedParameters Fit(string user, DateTimeOffset at, double w0, bool applied) =>
        new(user, at, FsrsParameters.From([w0, .. FsrsParameters.Default.Weights.Skip(1)]), 500, applied, Figures, Figures with { LogLoss = 0.44 }, 0.83);

    [Theory, SqliteStore, PostgresStore]
    public async Task The_newest_applied_fit_is_the_one_in_use_and_every_fit_is_kept(string kind)
    {
        Use(kind);
        // Given
        var day = _clock.GetUtcNow();
        await _store.SaveFsrsParametersAsync(Fit(ReviewService.LocalUser, day, 0.3, applied: true));
        await _store.SaveFsrsParametersAsync(Fit(ReviewService.LocalUser, day.AddDays(7), 0.4, applied: false));
        await _store.SaveFsrsParametersAsync(Fit("someone-else", day.AddDays(8), 0.5, applied: true));

        // When
        var inUse = await _store.GetFsrsParametersAsync(ReviewService.LocalUser, appliedOnly: true);
        var newest = await _store.GetFsrsParametersAsync(ReviewService.LocalUser, appliedOnly: false);
        var nobody = await _store.GetFsrsParametersAsync("nobody", appliedOnly: false);

        // Then
        Assert.NotNull(inUse);
        Assert.Equal(0.3, inUse.Parameters[0]);
        Assert.Equal(day, inUse.FittedAt);
        Assert.Equal(Figures, inUse.Before);
        Assert.Equal(0.83, inUse.RecommendedRetention);
        Assert.Equal(0.4, newest!.Parameters[0]);
        Assert.False(newest.Applied);
        Assert.Null(nobody);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Optimizing_a_practised_log_stores_an_applied_version_the_scheduler_then_uses(string kind)
    {
        Use(kind);
        // Given: a learner whose memory is unlike the defaults practised for a year
        var truth = FsrsParameters.From([0.6, 2.0, 5.0, 14.0, .. FsrsParameters.Default.Weights.Skip(4).SkipLast(1), 0.3]);
        var log = SyntheticReviewLog.Generate(truth, cards: 300, days: 365, seed: 3);
        var service = new ReviewService(_store, new FsrsScheduler(new SchedulerOptions { EnableFuzz = false }), _clock);
        foreach (var review in log.OrderBy(r => r.ReviewedAt))
        {
            _clock.Now = review.ReviewedAt;
            await service.AnswerAsync(review.CardId, review.Rating, AnswerDetails.None);
        }

        // When
        var result = await new FsrsOptimizeService(_store, _clock).OptimizeAsync(new FsrsOptimizeRequest(ReviewService.LocalUser, new SchedulerOptions()));

        // Then
        Assert.Null(result.Refusal);
        Assert.Equal(log.Count, result.Reviews);
        Assert.True(result.Report!.Improves);
        var stored = await _store.GetFsrsParametersAsync(ReviewService.LocalUser, appliedOnly: true);
        Assert.Equal(result.Report.Final.Weights.ToArray(), stored!.Parameters.Weights.ToArray());
        Assert.Equal(result.Advice!.Recommended, stored.RecommendedRetention);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_short_log_is_refused_and_nothing_is_stored(string kind)
    {
        Use(kind);
        // Given
        var service = new ReviewService(_store, new FsrsScheduler(new SchedulerOptions()), _clock);
        await service.AnswerAsync("card", Rating.Good, AnswerDetails.None);

        // When
        var result = await new FsrsOptimizeService(_store, _clock).OptimizeAsync(new FsrsOptimizeRequest(ReviewService.LocalUser, new SchedulerOptions()));

        // Then
        Assert.Contains("at least 400 reviews; there are 1", result.Refusal);
        Assert.Null(await _store.GetFsrsParametersAsync(ReviewService.LocalUser, appliedOnly: false));
    }
}
