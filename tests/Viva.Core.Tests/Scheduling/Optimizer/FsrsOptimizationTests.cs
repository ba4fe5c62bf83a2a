using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Core.Tests.Scheduling.Optimizer;

public sealed class FsrsOptimizationTests
{
    [Fact]
    public void A_small_log_is_refused_with_the_reason()
    {
        // Given
        var log = SyntheticReviewLog.Generate(FsrsParameters.Default, cards: 20, days: 60, seed: 1);
        var set = TrainingSet.From(log, TimeZoneInfo.Utc, 4);

        // When
        var reason = FsrsOptimization.Refusal(set);

        // Then
        Assert.NotNull(reason);
        Assert.Contains($"at least {FsrsOptimization.MinimumReviews} reviews", reason);
        Assert.Throws<InvalidOperationException>(() => FsrsOptimization.Run(set, FsrsParameters.Default, new FsrsOptimizer()));
    }

    [Fact]
    public void The_report_scores_the_fit_on_the_later_fifth_and_refits_on_everything()
    {
        // Given
        var set = OptimizerData.Real;

        // When
        var report = FsrsOptimization.Run(set, FsrsParameters.Default, new FsrsOptimizer());

        // Then
        Assert.Equal(set.Reviews, report.Reviews);
        Assert.Equal((int)Math.Round(set.Items.Count * 0.8), report.TrainingItems);
        Assert.Equal(set.Items.Count - report.TrainingItems, report.FittedScore.Reviews);
        Assert.True(report.Improves);
        Assert.NotEqual(report.Fitted.Weights.ToArray(), report.Final.Weights.ToArray());
    }

    [Fact]
    public void Items_are_reviews_on_a_later_day_in_time_order()
    {
        // Given: one card reviewed twice on its first day, then two and five days later
        var start = new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
        LoggedReview[] log =
        [
            new("b", start.AddDays(7), Rating.Good),
            new("a", start, Rating.Again),
            new("a", start.AddMinutes(10), Rating.Good),
            new("a", start.AddDays(2), Rating.Good),
            new("a", start.AddDays(7), Rating.Again),
        ];

        // When
        var set = TrainingSet.From(log, TimeZoneInfo.Utc, 4);

        // Then
        Assert.Equal(5, set.Reviews);
        Assert.Equal([3, 4], set.Items.Select(i => i.Length));
        Assert.Equal([2, 5], set.Items.Select(i => i.TargetElapsedDays));
        Assert.Equal([true, false], set.Items.Select(i => i.Recalled));
    }
}
