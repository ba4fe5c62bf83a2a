using System.Globalization;
using Viva.Web.Practice;

namespace Viva.Web.Rendering;

/// <summary>The charts of the dashboard and the stats page, in the order they are shown, each with its caption.</summary>
public static class ProgressChartViews
{
    /// <summary>Every chart of <paramref name="charts"/>; the interview forecast only when a plan is set.</summary>
    public static IReadOnlyList<ChartView> From(ProgressCharts charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var stats = charts.Progress.Stats;
        var views = new List<ChartView>
        {
            View("chart-reviews", "Reviews per day, last 30 days", ChartCaptions.Reviews(stats),
                () => SvgColumnChart.Render("Reviews per day, last 30 days", [.. stats.ReviewsPerDay.Select(d => (Day(d.Date), (double?)d.Count))], "#4682b4"),
                "rate a few cards in practice and your daily reviews appear here."),
            View("chart-retention", "True retention per day, last 30 days", ChartCaptions.Retention(stats, charts.DesiredRetention),
                () => SvgColumnChart.Render("True retention per day, last 30 days", [.. charts.Progress.RetentionPerDay.Select(d => (Day(d.Date), d.Retention.Rate))],
                    "#2e8b57", 1, SvgBarChart.Percent, charts.DesiredRetention),
                "retention counts cards that come back for review a day or more after you learnt them."),
            View("chart-forecast", "Due forecast, next 30 days", ChartCaptions.Forecast(stats),
                () => SvgColumnChart.Render("Due forecast, next 30 days", [.. stats.Forecast.Select(d => (Day(d.Date), (double?)d.Count))], "#ff8c00"),
                "study some cards and the reviews they bring back are forecast here."),
            View("chart-readiness", "Readiness per topic (share of cards with recall of 90% or more)", ChartCaptions.Readiness(stats, charts.Weakest),
                () => SvgBarChart.Render("Readiness per topic", [.. stats.Topics.Select(t => (t.Topic, t.Readiness))], "#6a5acd"),
                "study some cards and each topic's readiness appears here."),
            View("chart-grades", "Mean grade per day, last 30 days", ChartCaptions.Grades(charts.GradeTrend),
                () => SvgColumnChart.Render("Mean grade per day, last 30 days", [.. charts.GradeTrend.Select(d => (Day(d.Date), d.Mean))], "#8b4513", 5,
                    v => v.ToString("0.0", CultureInfo.InvariantCulture)),
                "type your answers in practice and their grades appear here."),
        };
        if (charts.Interview is { } interview)
        {
            var title = $"Readiness on the interview day, {interview.Plan.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} (mean recall per topic)";
            var caption = ChartCaptions.Interview(interview);
            views.Add(interview.DaysLeft <= 0
                ? new ChartView("chart-interview", title, null, caption!)
                : View("chart-interview", title, caption,
                    () => SvgBarChart.Render(title, [.. interview.Topics.Select(t => (t.Topic, t.MeanRecall))], "#c0392b"),
                    "study some cards and the recall they will have on the day is forecast here."));
        }

        return views;
    }

    private static ChartView View(string id, string title, string? caption, Func<string> draw, string hint) =>
        caption is null ? new ChartView(id, title, null, $"{ChartView.NoData}: {hint}") : new ChartView(id, title, draw(), caption);

    private static string Day(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);
}
