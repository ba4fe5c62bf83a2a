using Microsoft.Extensions.Options;
using Viva.Core.Analytics;
using Viva.Core.Scheduling;
using Viva.Web.Hosting;

namespace Viva.Web.Practice;

/// <summary>The user's progress as the dashboard, the stats page and <c>/api/stats</c> show it.</summary>
public sealed class StatsService(ReviewService reviews, IOptions<VivaWebOptions> options)
{
    // The streak looks back this far; a longer one shows as this many days.
    private const int StreakHorizonDays = 366;

    /// <summary>Computes today's figures.</summary>
    public async Task<ProgressReport> ComputeAsync(CancellationToken cancellationToken)
    {
        var now = reviews.Now;
        var scheduler = reviews.Scheduler;
        var zone = scheduler.Options.TimeZone;
        var hour = scheduler.Options.DayStartHour;
        var cards = await reviews.Store.GetCardsAsync(reviews.UserId, cancellationToken);
        var log = await reviews.Store.GetReviewsAsync(reviews.UserId, now.AddDays(-StreakHorizonDays), cancellationToken);
        var stats = StatsCalculator.Compute(cards, log, scheduler, now, options.Value.NewPerDay);
        var daily = DailyRetention.Compute(log, now, zone, hour);
        return new ProgressReport(stats, StudyStreak.Compute(log.Select(r => r.ReviewedAt), now, zone, hour), [.. daily.Select(d => new DayRetention(d.Date, d.Rate))]);
    }
}
