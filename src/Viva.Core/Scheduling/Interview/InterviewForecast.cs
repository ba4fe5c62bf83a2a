using Viva.Core.Scheduling.States;

namespace Viva.Core.Scheduling.Interview;

/// <summary>Readiness per topic on the interview day, from the cards as they stand now (the forgetting curve run forward).</summary>
public static class InterviewForecast
{
    /// <summary>Recall on the day, per topic, ordered by topic.</summary>
    /// <param name="cards">Every card with the user's schedule.</param>
    /// <param name="scheduler">The memory model and calendar.</param>
    /// <param name="now">The current time.</param>
    /// <param name="daysToInterview">Whole study days from today to the interview.</param>
    public static IReadOnlyList<TopicForecast> ByTopic(IReadOnlyList<CardOverview> cards, FsrsScheduler scheduler, DateTimeOffset now, int daysToInterview)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(scheduler);
        var days = Math.Max(0, daysToInterview);
        double OnTheDay(CardSchedule? card) => card?.Memory is { } memory
            ? scheduler.Model.Retrievability(scheduler.ElapsedDays(card, now) + days, memory.Stability)
            : 0;
        return [.. cards.GroupBy(c => c.Topic, StringComparer.Ordinal)
            .Select(g => new TopicForecast(g.Key, g.Count(), g.Count(c => c.Card is { Phase: CardPhase.Review } && OnTheDay(c.Card) >= 0.9), g.Average(c => OnTheDay(c.Card))))
            .OrderBy(t => t.Topic, StringComparer.Ordinal)];
    }
}
