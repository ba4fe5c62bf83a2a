using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Cli.Commands;

/// <summary><c>viva fsrs optimize</c>: fits the FSRS weights to the user's own reviews and applies them when they predict better.</summary>
public static class FsrsOptimizeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var since = new Option<string?>("--since") { Description = "Only cards first studied on or after this date (yyyy-MM-dd or ISO-8601)" };
        var apply = new Option<bool>("--apply") { Description = "Apply the fitted parameters even if they do not predict the later reviews better" };
        var seed = new Option<int>("--seed") { Description = "Seed for the order of mini-batches (same seed, same log: same parameters)", DefaultValueFactory = _ => 2023 };
        var json = BrowseOptions.Json();
        var command = new Command("optimize", $"""
            Fit the 21 FSRS-6 parameters to your review log (at least {FsrsOptimization.MinimumReviews} reviews). The fit trained
            on the earlier 80% of your reviews is scored against the parameters in use on the later 20% (log loss and
            RMSE(bins), lower is better); the parameters fitted to all reviews are applied only if that fit is better on
            both, or with --apply. Every fit is kept, dated, in the database; the newest applied one schedules your cards.
            Also recommends a desired retention: the one that costs least study time per card remembered.
            """)
        { since, apply, seed, json };
        command.SetAction(async (result, token) =>
        {
            DateTimeOffset? from = null;
            if (result.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var parsed))
                {
                    context.WriteError($"--since: '{text}' is not a date (yyyy-MM-dd or ISO-8601)");
                    return ExitCodes.Usage;
                }

                from = parsed;
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var request = new FsrsOptimizeRequest(ReviewService.LocalUser, context.SchedulerOptions(null))
            {
                Since = from,
                ForceApply = result.GetValue(apply),
                Optimizer = new FsrsOptimizerOptions { Seed = result.GetValue(seed) },
            };
            var outcome = await new FsrsOptimizeService(store, context.Time).OptimizeAsync(request, token).ConfigureAwait(false);
            if (outcome.Refusal is { } refusal)
            {
                context.WriteError(refusal);
                return ExitCodes.InputFailed;
            }

            if (result.GetValue(json))
            {
                Json.Write(context.Out, FsrsOptimizeOutput.ToJson(outcome));
            }
            else
            {
                FsrsOptimizeOutput.Print(context.Console, outcome);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
