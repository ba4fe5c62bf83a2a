using Viva.Core.Analytics;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;

namespace Viva.Core.Tests.Analytics;

public sealed class StatsCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new(new SchedulerOptions { EnableFuzz = false });

    private static ReviewRecord Review(string card, DateTimeOffset at, Rating rating, CardSchedule before) =>
        new(1, "local", card, at, rating, 1, before, Scheduler.Review(before, rating, at, 0).Card, null, null, TimeSpan.Zero);

    [Fact]
    public void Counts_reviews_retention_forecast_and_readiness()
    {
        // Given: one mature card recalled yesterday, one young card forgotten today, one new card started today, one unseen
        var mature = CardSchedule.New with { Phase = CardPhase.Review, Memory = new(40, 5), ScheduledDays = 30, LastReview = Now.AddDays(-31), Due = Now.AddDays(-1) };
        var young = CardSchedule.New with { Phase = CardPhase.Review, Memory = new(3, 5), ScheduledDays = 3, LastReview = Now.AddDays(-3), Due = Now };
        var reviews = new[]
        {
            Review("a", Now.AddDays(-1), Rating.Good, mature),
            Review("b", Now, Rating.Again, young),
            Review("c", Now, Rating.Good, CardSchedule.New),
        };
        var cards = new[]
        {
            new CardOverview("a", "math", reviews[0].After),
            new CardOverview("b", "math", reviews[1].After),
            new CardOverview("c", "nlp", reviews[2].After),
            new CardOverview("d", "nlp", null),
        };

        // When
        var stats = StatsCalculator.Compute(cards, reviews, Scheduler, Now, newPerDay: 20);

        // Then
        Assert.Equal((2, 1), (stats.ReviewsPerDay[^1].Count, stats.ReviewsPerDay[^2].Count));
        Assert.Equal(30, stats.ReviewsPerDay.Count);
        Assert.Equal(new RecallRate(1, 1), stats.Retention.Mature);
        Assert.Equal(new RecallRate(1, 0), stats.Retention.Young);
        Assert.Equal(0.5, stats.Retention.All.Rate);
        Assert.Equal(new TodayCounts(2, 1, 2), stats.Today); // b and c are on same-day steps; one new card left
        Assert.Equal((2, 2), (stats.Forecast[0].Count, stats.Forecast.Sum(d => d.Count))); // a is now due beyond the window
        var math = stats.Topics.Single(t => t.Topic == "math");
        Assert.Equal((2, 2, 1), (math.Cards, math.Studied, math.Ready));
        var nlp = stats.Topics.Single(t => t.Topic == "nlp");
        Assert.Equal((2, 1), (nlp.Cards, nlp.Studied));
        Assert.Equal(0.5, nlp.MeanRecall, 6);
    }
}
