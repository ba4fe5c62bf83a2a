using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Scheduling.Fsrs.Retention;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Scheduling.Optimizer;

public sealed class RetentionAdvisorTests(ITestOutputHelper output)
{
    [Fact]
    public void The_recommendation_is_the_retention_with_the_least_time_per_card_remembered()
    {
        // Given
        var options = RetentionAdvisor.WithHabitsOf(OptimizerData.Real);

        // When
        var advice = RetentionAdvisor.Advise(FsrsParameters.Default, options);

        // Then
        foreach (var point in advice.Points.Where((_, i) => i % 5 == 0))
        {
            output.WriteLine($"{point.Retention:P0}: {point.StudyMinutes:F0} min, {point.Remembered:F0} remembered, {point.SecondsPerCard:F1} s per card");
        }

        output.WriteLine($"recommended {advice.Recommended:P0}");
        Assert.Equal(26, advice.Points.Count);
        Assert.Equal(advice.Points.MinBy(p => p.SecondsPerCard)!.Retention, advice.Recommended);
        Assert.InRange(advice.Recommended, 0.7, 0.95);
        Assert.True(advice.Points[^1].StudyMinutes > advice.Points[0].StudyMinutes, "higher retention costs more reviews");
        Assert.True(advice.Points[^1].Remembered > advice.Points[0].Remembered, "and keeps more cards");
    }

    [Fact]
    public void The_same_weights_give_the_same_advice()
    {
        // When
        var first = RetentionAdvisor.Advise(FsrsParameters.Default);
        var second = RetentionAdvisor.Advise(FsrsParameters.Default);

        // Then
        Assert.Equal(first.Points, second.Points);
    }

    [Fact]
    public void Habits_come_from_the_users_own_ratings()
    {
        // When: the real log's first ratings are Again or Good, and recalls are almost all Good
        var options = RetentionAdvisor.WithHabitsOf(OptimizerData.Real);

        // Then
        Assert.Equal(1, options.FirstRatings.Sum(), 9);
        Assert.Equal(0, options.FirstRatings[3], 9);
        Assert.True(options.RecallRatings[1] > 0.99);
    }
}
