using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;

namespace Viva.Core.Analytics;

/// <summary>Computes <see cref="StudyStats"/> from cards and the review log. Pure: everything comes in as arguments.</summary>
public static class StatsCalculator
{
    /// <summary>Days in the history and forecast windows.</summary>
    public const int Window = 30;

    /// <summary>The interval (days) from which a card counts as mature, as in Anki.</summary>
    public const int MatureDays = 21;

    /// <summary>Computes the figures at <paramref name="now"/>.</summary>
    /// <param name="cards">Every card of the bank with the user's schedule.</param>
    /// <param name="reviews">The user's reviews of (at least) the last <see cref="Window"/> days.</param>
    /// <param name="scheduler">Gives the calendar and recall probabilities.</param>
    /// <param name="now">The current time.</param>
    /// <param name="newPerDay">The daily new-card limit.</param>
    public static StudyStats Compute(IReadOnlyList<CardOverview> cards, IReadOnlyList<ReviewRecord> reviews, FsrsScheduler scheduler, DateTimeOffset now, int newPerDay)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(scheduler);
        var zone = scheduler.Options.TimeZone;
        var hour = scheduler.Options.DayStartHour;
        var today = StudyDays.DayNumber(now, zone, hour);
        long DayOf(DateTimeOffset time) => StudyDays.DayNumber(time, zone, hour);
        DateOnly DateOf(long day) => DateOnly.FromDayNumber((int)day);

        var recent = reviews.Where(r => DayOf(r.ReviewedAt) > today - Window && DayOf(r.ReviewedAt) <= today).ToList();
        var perDay = Enumerable.Range(0, Window).Select(i => today - Window + 1 + i)
            .Select(day => new DayCount(DateOf(day), recent.Count(r => DayOf(r.ReviewedAt) == day))).ToList();

        var graded = recent.Where(r => r.Before.Phase == CardPhase.Review).ToList();
        RecallRate Rate(IEnumerable<ReviewRecord> list)
        {
            var items = list.ToList();
            return new RecallRate(items.Count, items.Count(r => r.Rating != Rating.Again));
        }

        var retention = new RetentionStats(
            Rate(graded.Where(r => r.Before.ScheduledDays < MatureDays)),
            Rate(graded.Where(r => r.Before.ScheduledDays >= MatureDays)),
            Rate(graded));

        var studied = cards.Where(c => c.Card is { Due: not null }).ToList();
        var forecast = Enumerable.Range(0, Window).Select(i => today + i)
            .Select(day => new DayCount(DateOf(day), studied.Count(c => Math.Max(DayOf(c.Card!.Due!.Value), today) == day)))
            .ToList();

        var doneToday = recent.Count(r => DayOf(r.ReviewedAt) == today);
        var startedToday = recent.Where(r => DayOf(r.ReviewedAt) == today && r.Before.Phase == CardPhase.New).Select(r => r.CardId).Distinct().Count();
        var unseen = cards.Count(c => c.Card is null);
        var todayCounts = new TodayCounts(forecast[0].Count, Math.Min(unseen, Math.Max(0, newPerDay - startedToday)), doneToday);

        var topics = cards.GroupBy(c => c.Topic, StringComparer.Ordinal).Select(group =>
        {
            var recall = group.Select(c => c.Card is null ? 0 : scheduler.Retrievability(c.Card, now)).ToList();

            // A card still on same-day steps has R = 1 on FSRS's day scale but is not learnt yet: it is not "ready".
            var ready = group.Count(c => c.Card is { Phase: CardPhase.Review } card && scheduler.Retrievability(card, now) >= 0.9);
            return new TopicReadiness(group.Key, recall.Count, group.Count(c => c.Card is not null), ready, recall.Average());
        }).OrderBy(t => t.Topic, StringComparer.Ordinal).ToList();

        return new StudyStats(todayCounts, perDay, retention, forecast, topics);
    }
}
