using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Analytics;
using Viva.Core.Scheduling.Interview;

namespace Viva.Cli.Commands;

/// <summary><c>viva stats [--json]</c>: today's workload, the last 30 days, the next 30, and readiness per topic.</summary>
public static class StatsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var fresh = new Option<int>("--new") { Description = "The daily new-card limit to count against", DefaultValueFactory = _ => 20 };
        var json = BrowseOptions.Json();
        var command = new Command("stats", "Show progress: today, reviews and true retention over 30 days, the due forecast, readiness per topic") { fresh, json };
        command.SetAction(async (result, token) =>
        {
            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var reviews = await context.CreateReviewServiceAsync(store, token).ConfigureAwait(false);
            var now = reviews.Now;
            var log = await store.GetReviewsAsync(reviews.UserId, now.AddDays(-StatsCalculator.Window - 1), token).ConfigureAwait(false);
            var stats = StatsCalculator.Compute(await store.GetCardsAsync(reviews.UserId, token).ConfigureAwait(false), log, reviews.Scheduler, now, result.GetValue(fresh));
            var grades = GradeTrend.Compute(log, now, reviews.Scheduler.Options.TimeZone, reviews.Scheduler.Options.DayStartHour);
            var fsrs = await FsrsSummary.LoadAsync(store, reviews.UserId, token).ConfigureAwait(false);
            var plan = await store.GetInterviewPlanAsync(reviews.UserId, token).ConfigureAwait(false);
            var forecast = plan is null ? null
                : InterviewForecast.ByTopic(await store.GetCardsAsync(reviews.UserId, token).ConfigureAwait(false), reviews.Scheduler, now, reviews.DaysUntil(plan.Date));
            if (result.GetValue(json))
            {
                Json.Write(context.Out, ToJson(stats, grades, fsrs, plan, forecast));
            }
            else
            {
                Print(context.Console, stats, grades);
                if (plan is not null && forecast is not null)
                {
                    PrintForecast(context.Console, plan, forecast);
                }

                fsrs.Print(context.Console);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static object ToJson(StudyStats stats, IReadOnlyList<DayScore> grades, FsrsSummary fsrs, InterviewPlan? plan, IReadOnlyList<TopicForecast>? forecast) => new
    {
        fsrs = fsrs.ToJson(),
        interview = plan is null ? null : new
        {
            date = Date(plan.Date),
            minutes_per_day = plan.MinutesPerDay,
            topics = forecast?.Select(t => new { topic = t.Topic, cards = t.Cards, ready = t.Ready, mean_recall = Math.Round(t.MeanRecall, 4) }),
        },
        today = new { due = stats.Today.Due, @new = stats.Today.New, done = stats.Today.Done },
        reviews_per_day = stats.ReviewsPerDay.Select(d => new { date = Date(d.Date), reviews = d.Count }),
        retention = new { young = Rate(stats.Retention.Young), mature = Rate(stats.Retention.Mature), all = Rate(stats.Retention.All) },
        forecast = stats.Forecast.Select(d => new { date = Date(d.Date), due = d.Count }),
        grade_trend = grades.Select(d => new { date = Date(d.Date), mean = d.Mean is { } m ? Math.Round(m, 2) : (double?)null, answers = d.Answers }),
        topics = stats.Topics.Select(t => new
        {
            topic = t.Topic,
            cards = t.Cards,
            studied = t.Studied,
            ready = t.Ready,
            readiness = Math.Round(t.Readiness, 4),
            mean_recall = Math.Round(t.MeanRecall, 4),
        }),
    };

    private static object Rate(RecallRate rate) => new { reviews = rate.Reviews, recalled = rate.Recalled, rate = rate.Rate is { } r ? Math.Round(r, 4) : (double?)null };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Print(IAnsiConsole console, StudyStats stats, IReadOnlyList<DayScore> grades)
    {
        console.MarkupLine($"[bold]Today:[/] {stats.Today.Due} due · {stats.Today.New} new · {stats.Today.Done} done");
        console.WriteLine();
        console.MarkupLine($"[bold]Reviews per day[/] (last 30 days, {stats.ReviewsPerDay.Sum(d => d.Count)} in all)");
        Chart(console, stats.ReviewsPerDay, "steelblue", "No data yet: run viva practice and your reviews per day show here.");
        console.MarkupLine($"[bold]True retention[/] (30 days): young {Percent(stats.Retention.Young)} · mature {Percent(stats.Retention.Mature)} · all {Percent(stats.Retention.All)}");
        var (recent, before) = GradeTrend.Compare(grades);
        console.MarkupLine(recent is { } mean
            ? $"[bold]Mean grade[/] of typed answers: {mean:0.0}/5 over the last {GradeTrend.RecentDays} days" + (before is { } b ? $" ({b:0.0}/5 in the {StatsCalculator.Window - GradeTrend.RecentDays} days before)" : "")
            : $"[bold]Mean grade[/] of typed answers: no data yet (none graded in the last {GradeTrend.RecentDays} days)");
        console.WriteLine();
        console.MarkupLine($"[bold]Due forecast[/] (next 30 days, {stats.Forecast.Sum(d => d.Count)} in all)");
        Chart(console, stats.Forecast, "darkorange", "No data yet: cards you study are forecast here on the day they fall due.");
        console.WriteLine();
        var table = new FittedTable().Path("Topic", 60).Value("Cards").Value("Studied").Value("Ready (R ≥ 90%)").Value("Mean recall");
        foreach (var topic in stats.Topics)
        {
            table.AddRow(topic.Topic, $"{topic.Cards}", $"{topic.Studied}", $"{topic.Ready} ({topic.Readiness:P0})", $"{topic.MeanRecall:P0}");
        }

        console.MarkupLine("[bold]Readiness per topic[/]");
        table.Write(console);
    }

    // Readiness on the interview day if nothing more were studied: where the plan still has work to do.
    private static void PrintForecast(IAnsiConsole console, InterviewPlan plan, IReadOnlyList<TopicForecast> forecast)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]Forecast for the interview on {plan.Date:yyyy-MM-dd}[/] (recall on the day if you studied nothing more)");
        var table = new FittedTable().Path("Topic", 60).Value("Cards").Value("Ready on the day (R ≥ 90%)").Value("Mean recall on the day");
        foreach (var topic in forecast)
        {
            table.AddRow(topic.Topic, $"{topic.Cards}", $"{topic.Ready} ({topic.Readiness:P0})", $"{topic.MeanRecall:P0}");
        }

        table.Write(console);
    }

    // An empty chart says so rather than drawing a flat line, as the web's charts do.
    private static void Chart(IAnsiConsole console, IReadOnlyList<DayCount> days, string colour, string noData)
    {
        if (days.All(d => d.Count == 0))
        {
            console.MarkupLine($"[grey]{Markup.Escape(noData)}[/]");
            console.WriteLine();
            return;
        }

        ColumnChart.Write(console, [.. days.Select(d => (d.Date.ToString("d MMM", CultureInfo.InvariantCulture), d.Count))], colour);
    }

    private static string Percent(RecallRate rate) => rate.Rate is { } r ? $"{r:P0} of {rate.Reviews}" : "–";
}
