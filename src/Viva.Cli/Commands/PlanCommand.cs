using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Interview;
using Viva.Core.Text;

namespace Viva.Cli.Commands;

/// <summary><c>viva plan --interview DATE [--minutes-per-day N]</c>: study toward an interview date.</summary>
public static class PlanCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var interview = new Option<string?>("--interview") { Description = "The interview date, yyyy-MM-dd" };
        var minutes = new Option<int?>("--minutes-per-day") { Description = $"Minutes of practice a day (default {InterviewPlan.DefaultMinutesPerDay})" };
        var clear = new Option<bool>("--clear") { Description = "Forget the interview date: practice goes back to its usual order" };
        var command = new Command("plan", """
            Plan study backwards from an interview date. Until that day, practice shows the cards that add the most recall
            on the day per minute (due reviews, cards that would be forgotten by then, and new cards), as many as fit in
            the daily minutes, and 'viva stats' forecasts readiness per topic on the day. Without options, shows the plan.
            """) { interview, minutes, clear };
        command.SetAction(async (result, token) =>
        {
            if (result.GetValue(minutes) is < 1 or > 24 * 60)
            {
                context.WriteError("--minutes-per-day: must be 1 to 1440");
                return ExitCodes.Usage;
            }

            if (result.GetValue(clear) && (result.GetValue(interview) ?? (object?)result.GetValue(minutes)) is not null)
            {
                context.WriteError("--clear: cannot be combined with --interview or --minutes-per-day");
                return ExitCodes.Usage;
            }

            DateOnly? date = null;
            if (result.GetValue(interview) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    context.WriteError($"--interview: '{text}' is not a date (yyyy-MM-dd)");
                    return ExitCodes.Usage;
                }

                date = parsed;
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var reviews = await context.CreateReviewServiceAsync(store, token).ConfigureAwait(false);
            var current = await store.GetInterviewPlanAsync(reviews.UserId, token).ConfigureAwait(false);
            if (result.GetValue(clear))
            {
                await store.SaveInterviewPlanAsync(reviews.UserId, null, token).ConfigureAwait(false);
                context.Console.MarkupLine(current is null ? "No interview date was set." : "Interview date cleared: practice is back to its usual order.");
                return ExitCodes.Success;
            }

            if (date is null && result.GetValue(minutes) is { } onlyMinutes)
            {
                if (current is null)
                {
                    context.WriteError("--minutes-per-day: set the date too (--interview yyyy-MM-dd)");
                    return ExitCodes.Usage;
                }

                date = current.Date;
            }

            if (date is { } day)
            {
                if (reviews.DaysUntil(day) < 0)
                {
                    context.WriteError($"--interview: {day:yyyy-MM-dd} is in the past");
                    return ExitCodes.Usage;
                }

                current = new InterviewPlan(day, result.GetValue(minutes) ?? current?.MinutesPerDay ?? InterviewPlan.DefaultMinutesPerDay);
                await store.SaveInterviewPlanAsync(reviews.UserId, current, token).ConfigureAwait(false);
            }

            if (current is null)
            {
                context.Console.MarkupLine("No interview date set: [bold]viva plan --interview yyyy-MM-dd[/] [[--minutes-per-day N]].");
                return ExitCodes.Success;
            }

            Describe(context.Console, current, reviews);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Describe(IAnsiConsole console, InterviewPlan plan, ReviewService reviews)
    {
        var days = reviews.DaysUntil(plan.Date);
        var when = days switch { < 0 => "passed", 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };
        console.MarkupLine($"[bold]Interview {plan.Date:yyyy-MM-dd}[/] ({when}) · {Plural.Of(plan.MinutesPerDay, "minute")} a day.");
        console.MarkupLine(days > 0
            ? "Practice now shows the cards that add the most recall on that day per minute, within the daily minutes; 'viva stats' forecasts readiness on the day."
            : "Practice uses its usual order again (the plan covers the days before the interview).");
    }
}
