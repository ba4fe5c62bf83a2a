using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;

namespace Viva.Core.Analytics;

/// <summary>True retention per study day: of the reviews of cards on day intervals, how many were recalled.</summary>
public static class DailyRetention
{
    /// <summary>One rate per study day of the last <see cref="StatsCalculator.Window"/> days, oldest first (today last).</summary>
    /// <param name="reviews">The user's reviews (older ones are ignored).</param>
    /// <param name="now">The current time.</param>
    /// <param name="zone">The user's time zone.</param>
    /// <param name="dayStartHour">The hour a study day starts.</param>
    public static IReadOnlyList<(DateOnly Date, RecallRate Rate)> Compute(IReadOnlyList<ReviewRecord> reviews, DateTimeOffset now, TimeZoneInfo zone, int dayStartHour)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var today = StudyDays.DayNumber(now, zone, dayStartHour);
        var byDay = reviews.Where(r => r.Before.Phase == CardPhase.Review)
            .GroupBy(r => StudyDays.DayNumber(r.ReviewedAt, zone, dayStartHour))
            .ToDictionary(g => g.Key, g => new RecallRate(g.Count(), g.Count(r => r.Rating != Rating.Again)));
        return [.. Enumerable.Range(0, StatsCalculator.Window)
            .Select(i => today - StatsCalculator.Window + 1 + i)
            .Select(day => (DateOnly.FromDayNumber((int)day), byDay.GetValueOrDefault(day, new RecallRate(0, 0))))];
    }
}
