using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;

namespace Viva.Cli.Commands;

/// <summary>
/// <c>viva fsrs simulate</c>: shows how the scheduler treats one new card answered with a list of ratings;
/// <c>viva fsrs optimize</c> is in <see cref="FsrsOptimizeCommand"/>.
/// </summary>
public static class FsrsCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliContext context)
    {
        var ratings = new Option<string>("--ratings") { Description = "Comma-separated ratings: again|hard|good|easy or 1..4", Required = true };
        var start = new Option<string?>("--start") { Description = "Time of the first review, ISO-8601 (default: now, UTC)" };
        var retention = new Option<double>("--retention") { Description = "Desired retention in (0, 1]", DefaultValueFactory = _ => 0.9 };
        var steps = new Option<string>("--steps") { Description = "Learning steps (s, m or h; 'none' for none)", DefaultValueFactory = _ => "1m,10m" };
        var relearning = new Option<string>("--relearning-steps") { Description = "Relearning steps after a lapse", DefaultValueFactory = _ => "10m" };
        var longTerm = new Option<bool>("--long-term") { Description = "No same-day steps: every rating schedules whole days" };
        var parameters = new Option<string?>("--params") { Description = "FSRS weights w0,...,w20 (default: the FSRS-6 defaults)" };
        var json = BrowseOptions.Json();
        var simulate = new Command("simulate", "Schedule one new card answered with the given ratings, each exactly when due (fuzz off)")
        {
            ratings, start, retention, steps, relearning, longTerm, parameters, json,
        };
        simulate.SetAction((result, _) =>
        {
            FsrsScheduler scheduler;
            IReadOnlyList<Rating> list;
            DateTimeOffset first;
            try
            {
                list = SchedulerArguments.Ratings(result.GetValue(ratings)!);
                first = result.GetValue(start) is { } text
                    ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime()
                    : context.Time.GetUtcNow();
                scheduler = new FsrsScheduler(new SchedulerOptions
                {
                    DesiredRetention = result.GetValue(retention),
                    LearningSteps = SchedulerArguments.Steps(result.GetValue(steps)!),
                    RelearningSteps = SchedulerArguments.Steps(result.GetValue(relearning)!),
                    LongTermOnly = result.GetValue(longTerm),
                    Parameters = result.GetValue(parameters) is { } p ? FsrsParameters.From(SchedulerArguments.Parameters(p)) : FsrsParameters.Default,
                    EnableFuzz = false,
                });
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                context.WriteError(exception.Message);
                return Task.FromResult(ExitCodes.Usage);
            }

            var reviews = ReviewSimulation.Run(scheduler, list, first);
            if (result.GetValue(json))
            {
                Json.Write(context.Out, new
                {
                    reviews = reviews.Select(r => new
                    {
                        rating = (int)r.Outcome.Rating,
                        time = Iso(r.Time),
                        state = r.Outcome.Card.Phase.ToString(),
                        stability = Math.Round(r.Outcome.Card.Memory!.Value.Stability, 6),
                        difficulty = Math.Round(r.Outcome.Card.Memory!.Value.Difficulty, 6),
                        interval_days = r.Outcome.Card.ScheduledDays,
                        due = Iso(r.Outcome.Card.Due!.Value),
                    }),
                });
                return Task.FromResult(ExitCodes.Success);
            }

            var table = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("Rating").AddColumn("Reviewed (UTC)")
                .AddColumn("State").AddColumn(new TableColumn("Stability").RightAligned()).AddColumn(new TableColumn("Difficulty").RightAligned())
                .AddColumn(new TableColumn("Next in").RightAligned()).AddColumn("Due (UTC)");
            for (var i = 0; i < reviews.Count; i++)
            {
                var (time, outcome) = reviews[i];
                table.AddRow($"{i + 1}", outcome.Rating.ToString(), time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    outcome.Card.Phase.ToString(), $"{outcome.Card.Memory!.Value.Stability:F4}", $"{outcome.Card.Memory!.Value.Difficulty:F4}",
                    IntervalText.Describe(outcome.Interval), outcome.Card.Due!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return Task.FromResult(ExitCodes.Success);
        });
        return new Command("fsrs", "Inspect the FSRS scheduler and fit its parameters to your reviews") { simulate, FsrsOptimizeCommand.Create(context) };
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
