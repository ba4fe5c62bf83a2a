using Microsoft.Extensions.Options;
using Viva.Core.Analytics;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Interview;
using Viva.Core.Storage;
using Viva.Web.Data;
using Viva.Web.Hosting;

namespace Viva.Web.Practice;

/// <summary>The user's progress as the dashboard, the stats page and <c>/api/stats</c> show it.</summary>
public sealed class StatsService(ReviewService reviews, BankLease bank, PracticeService practice, IOptions<VivaWebOptions> options)
{
    /// <summary>How many topics the one-click "practise my weakest topics" takes.</summary>
    public const int WeakestCount = 3;

    // The streak looks back this far; a longer one shows as this many days.
    private const int StreakHorizonDays = 366;

    /// <summary>Today's figures, the grade trend and the interview forecast: what <c>/api/stats</c> returns.</summary>
    public async Task<(ProgressReport Report, IReadOnlyList<DayScore> GradeTrend, InterviewOutlook? Interview)> ComputeAsync(CancellationToken cancellationToken)
    {
        var (report, cards, log) = await LoadAsync(cancellationToken);
        return (report, Trend(log), await OutlookAsync(cards, cancellationToken));
    }

    /// <summary>Computes everything the charts show, with the interview forecast when a plan is set.</summary>
    public async Task<ProgressCharts> ChartsAsync(CancellationToken cancellationToken)
    {
        var (report, cards, log) = await LoadAsync(cancellationToken);
        var outlook = await OutlookAsync(cards, cancellationToken);
        var queue = await practice.QueueAsync(new QuestionFilter(), cancellationToken);
        return new ProgressCharts(report, queue, Trend(log), reviews.Scheduler.Options.DesiredRetention, WeakestTopics.Of(report.Stats.Topics, WeakestCount), outlook);
    }

    /// <summary>The <paramref name="count"/> topics with the lowest mean recall now, weakest first.</summary>
    public async Task<IReadOnlyList<string>> WeakestAsync(int count, CancellationToken cancellationToken)
    {
        var cards = await reviews.Store.GetCardsAsync(reviews.UserId, cancellationToken);
        return WeakestTopics.Of(StatsCalculator.Compute(cards, [], reviews.Scheduler, reviews.Now, 0).Topics, count);
    }

    private IReadOnlyList<DayScore> Trend(IReadOnlyList<ReviewRecord> log) =>
        GradeTrend.Compute(log, reviews.Now, reviews.Scheduler.Options.TimeZone, reviews.Scheduler.Options.DayStartHour);

    // Readiness on the interview day per topic if nothing more were studied; null without a plan.
    private async Task<InterviewOutlook?> OutlookAsync(IReadOnlyList<CardOverview> cards, CancellationToken cancellationToken)
    {
        var plan = await bank.Store.GetInterviewPlanAsync(reviews.UserId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var days = reviews.DaysUntil(plan.Date);
        return new InterviewOutlook(plan, days, InterviewForecast.ByTopic(cards, reviews.Scheduler, reviews.Now, days));
    }

    private async Task<(ProgressReport Report, IReadOnlyList<CardOverview> Cards, IReadOnlyList<ReviewRecord> Log)> LoadAsync(CancellationToken cancellationToken)
    {
        var now = reviews.Now;
        var scheduler = reviews.Scheduler;
        var zone = scheduler.Options.TimeZone;
        var hour = scheduler.Options.DayStartHour;
        var cards = await reviews.Store.GetCardsAsync(reviews.UserId, cancellationToken);
        var log = await reviews.Store.GetReviewsAsync(reviews.UserId, now.AddDays(-StreakHorizonDays), cancellationToken);
        var stats = StatsCalculator.Compute(cards, log, scheduler, now, options.Value.NewPerDay);
        var daily = DailyRetention.Compute(log, now, zone, hour);
        var report = new ProgressReport(stats, StudyStreak.Compute(log.Select(r => r.ReviewedAt), now, zone, hour), [.. daily.Select(d => new DayRetention(d.Date, d.Rate))]);
        return (report, cards, log);
    }
}
