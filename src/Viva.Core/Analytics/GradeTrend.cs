using Viva.Core.Scheduling;

namespace Viva.Core.Analytics;

/// <summary>The grader's mean score per study day: whether typed answers are getting better.</summary>
public static class GradeTrend
{
    /// <summary>Days the recent mean is taken over, against the days before them.</summary>
    public const int RecentDays = 7;

    /// <summary>
    /// One mean 0–5 score per study day of the last <see cref="StatsCalculator.Window"/> days, oldest first (today last);
    /// null on a day without a graded answer.
    /// </summary>
    /// <param name="reviews">The user's reviews (older ones are ignored).</param>
    /// <param name="now">The current time.</param>
    /// <param name="zone">The user's time zone.</param>
    /// <param name="dayStartHour">The hour a study day starts.</param>
    public static IReadOnlyList<DayScore> Compute(IReadOnlyList<ReviewRecord> reviews, DateTimeOffset now, TimeZoneInfo zone, int dayStartHour)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var today = StudyDays.DayNumber(now, zone, dayStartHour);
        var byDay = reviews.Where(r => r.Score is not null)
            .GroupBy(r => StudyDays.DayNumber(r.ReviewedAt, zone, dayStartHour))
            .ToDictionary(g => g.Key, g => (Mean: g.Average(r => r.Score!.Value), Count: g.Count()));
        return [.. Enumerable.Range(0, StatsCalculator.Window)
            .Select(i => today - StatsCalculator.Window + 1 + i)
            .Select(day => byDay.TryGetValue(day, out var d)
                ? new DayScore(DateOnly.FromDayNumber((int)day), d.Mean, d.Count)
                : new DayScore(DateOnly.FromDayNumber((int)day), null, 0))];
    }

    /// <summary>
    /// The mean over the last <see cref="RecentDays"/> days and over the days before them in <paramref name="days"/>,
    /// each weighted by answers; null where there was no graded answer.
    /// </summary>
    public static (double? Recent, double? Before) Compare(IReadOnlyList<DayScore> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        static double? Mean(IEnumerable<DayScore> list)
        {
            var graded = list.Where(d => d.Mean is not null).ToList();
            var answers = graded.Sum(d => d.Answers);
            return answers == 0 ? null : graded.Sum(d => d.Mean!.Value * d.Answers) / answers;
        }

        var split = Math.Max(0, days.Count - RecentDays);
        return (Mean(days.Skip(split)), Mean(days.Take(split)));
    }
}
