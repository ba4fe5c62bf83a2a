using System.Globalization;
using Viva.Core.Analytics;
using Viva.Core.Text;
using Viva.Web.Practice;

namespace Viva.Web.Rendering;

/// <summary>
/// The one-line captions under the progress charts, computed from the same figures as the charts: what the chart
/// says and what to do next. Null means there is nothing to say yet (the chart shows "No data yet").
/// </summary>
public static class ChartCaptions
{
    // Within this of the target, retention counts as on target.
    private const double RetentionBelow = 0.03;
    private const double RetentionAbove = 0.04;

    // Mean grades closer than this are level.
    private const double GradeStep = 0.2;

    // A grade from which answers cover most key points (practice suggests Good from 3).
    private const double GoodGrade = 3;

    /// <summary>Reviews per day: how much and how regularly.</summary>
    public static string? Reviews(StudyStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var total = stats.ReviewsPerDay.Sum(d => d.Count);
        if (total == 0)
        {
            return null;
        }

        var active = stats.ReviewsPerDay.Count(d => d.Count > 0);
        var said = $"{Plural.Of(total, "review")} on {active} of the last {Plural.Of(stats.ReviewsPerDay.Count, "day")}";
        if (stats.Today is { Due: > 0, Done: 0 } today)
        {
            return $"{said}: {Plural.Of(today.Due, "card")} {(today.Due == 1 ? "is" : "are")} due today, so practise them before they pile up.";
        }

        return active * 3 < stats.ReviewsPerDay.Count * 2
            ? $"{said}: a short session every day keeps the load even, so aim for fewer gaps."
            : $"{said}: a steady rhythm, so keep it up.";
    }

    /// <summary>True retention against the retention the scheduler aims for.</summary>
    public static string? Retention(StudyStats stats, double target)
    {
        ArgumentNullException.ThrowIfNull(stats);
        if (stats.Retention.All.Rate is not { } rate)
        {
            return null;
        }

        var said = $"Retention {Percent(rate)} over {Plural.Of(stats.Retention.All.Reviews, "review")}";
        return (rate - target) switch
        {
            < -RetentionBelow => $"{said} is below your {Percent(target)} target: review due cards before new ones, and take fewer new cards a day.",
            > RetentionAbove => $"{said} is above your {Percent(target)} target: you can afford more new cards a day.",
            _ => $"{said} is on your {Percent(target)} target: keep the current pace.",
        };
    }

    /// <summary>The due forecast: the load ahead and its busiest day.</summary>
    public static string? Forecast(StudyStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        if (stats.Topics.Sum(t => t.Studied) == 0 || stats.Forecast.Count == 0)
        {
            return null;
        }

        var total = stats.Forecast.Sum(d => d.Count);
        if (total == 0)
        {
            return $"Nothing due in the next {Plural.Of(stats.Forecast.Count, "day")}: a good time to start new cards.";
        }

        var perDay = (double)total / stats.Forecast.Count;
        var busiest = stats.Forecast.MaxBy(d => d.Count)!;
        var said = $"{Plural.Of(total, "review")} due in the next {Plural.Of(stats.Forecast.Count, "day")}, about {Math.Ceiling(perDay):0} a day";
        if (stats.Forecast[0].Count > 2 * perDay && stats.Forecast[0].Count >= 5)
        {
            return $"{said}; {stats.Forecast[0].Count} today with the overdue ones: clear them first, before new cards.";
        }

        return busiest.Count > 2 * perDay && busiest.Count >= 5
            ? $"{said}; busiest {Day(busiest.Date)} with {busiest.Count}: do today's due cards every day so that peak does not grow."
            : $"{said}: an even load, kept so by doing each day's due cards.";
    }

    /// <summary>Readiness per topic: how much is ready and which topics to practise next.</summary>
    public static string? Readiness(StudyStats stats, IReadOnlyList<string> weakest)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(weakest);
        if (stats.Topics.Sum(t => t.Studied) == 0)
        {
            return null;
        }

        var ready = stats.Topics.Sum(t => t.Ready);
        var cards = stats.Topics.Sum(t => t.Cards);
        var said = $"{ready} of {Plural.Of(cards, "card")} ready (recall of 90% or more now)";
        return weakest.Count == 0 ? $"{said}." : $"{said}; weakest: {string.Join(", ", weakest)}, so practise those next.";
    }

    /// <summary>The grader's mean score this week against the weeks before.</summary>
    public static string? Grades(IReadOnlyList<DayScore> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var (recent, before) = GradeTrend.Compare(days);
        if (recent is null && before is null)
        {
            return null;
        }

        if (recent is not { } now)
        {
            return $"No graded answer in the last {GradeTrend.RecentDays} days (mean {Grade(before!.Value)} before): type your answers in practice to see the trend.";
        }

        var advice = now < GoodGrade
            ? "read the reference after each miss and say its key points aloud"
            : "keep typing full answers";
        var said = $"Mean grade {Grade(now)} over the last {GradeTrend.RecentDays} days";
        return before switch
        {
            null => $"{said}: {advice}.",
            { } then when now - then >= GradeStep => $"{said}, up from {Grade(then)}: {advice}.",
            { } then when then - now >= GradeStep => $"{said}, down from {Grade(then)}: slow down and {advice}.",
            { } then => $"{said}, level with {Grade(then)} before: {advice}.",
        };
    }

    /// <summary>The forecast for the interview day: overall recall if nothing more were studied, and the lowest topic.</summary>
    public static string? Interview(InterviewOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        var date = Day(outlook.Plan.Date, withYear: true);
        if (outlook.DaysLeft <= 0)
        {
            return $"The interview date {date} has come: set the next one in the settings.";
        }

        var cards = outlook.Topics.Sum(t => t.Cards);
        if (cards == 0 || outlook.Topics.All(t => t.MeanRecall == 0))
        {
            return null;
        }

        var mean = outlook.Topics.Sum(t => t.MeanRecall * t.Cards) / cards;
        var lowest = outlook.Topics.OrderBy(t => t.MeanRecall).ThenBy(t => t.Topic, StringComparer.Ordinal).First();
        return $"If you stopped now, on {date} (in {Plural.Of(outlook.DaysLeft, "day")}) you would recall {Percent(mean)} of your cards; "
            + $"lowest: {lowest.Topic} at {Percent(lowest.MeanRecall)}, so practise {Plural.Of(outlook.Plan.MinutesPerDay, "minute")} a day in the plan's order.";
    }

    private static string Percent(double share) => SvgBarChart.Percent(share);

    private static string Grade(double score) => string.Create(CultureInfo.InvariantCulture, $"{score:0.0}/5");

    private static string Day(DateOnly date, bool withYear = false) =>
        date.ToString(withYear ? "d MMM yyyy" : "d MMM", CultureInfo.InvariantCulture);
}
