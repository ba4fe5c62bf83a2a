using Viva.Core.Scheduling;

namespace Viva.Core.Analytics;

/// <summary>Consecutive study days with at least one review. Pure: times and calendar come in as arguments.</summary>
public static class StudyStreak
{
    /// <summary>
    /// Study days in a row, ending today, or yesterday while today has no review yet (the streak is not broken
    /// until the day is over).
    /// </summary>
    /// <param name="reviewTimes">When the user's reviews were made, in any order.</param>
    /// <param name="now">The current time.</param>
    /// <param name="zone">The user's time zone.</param>
    /// <param name="dayStartHour">The hour a study day starts.</param>
    public static int Compute(IEnumerable<DateTimeOffset> reviewTimes, DateTimeOffset now, TimeZoneInfo zone, int dayStartHour)
    {
        ArgumentNullException.ThrowIfNull(reviewTimes);
        var days = reviewTimes.Select(t => StudyDays.DayNumber(t, zone, dayStartHour)).ToHashSet();
        var day = StudyDays.DayNumber(now, zone, dayStartHour);
        if (!days.Contains(day))
        {
            day--;
        }

        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day--;
        }

        return streak;
    }
}
