using System.Globalization;
using Spectre.Console;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Cli.Commands;

/// <summary>How <c>viva fsrs optimize</c> shows its result: a before/after table, or the <c>--json</c> object.</summary>
internal static class FsrsOptimizeOutput
{
    public static object ToJson(FsrsOptimizeResult outcome)
    {
        var report = outcome.Report!;
        var saved = outcome.Saved!;
        return new
        {
            reviews = outcome.Reviews,
            training_reviews = report.TrainingItems,
            held_out_reviews = report.FittedScore.Reviews,
            before = Scores(report.CurrentScore, outcome.ComparedWithDefaults ? "default" : "fitted"),
            after = Scores(report.FittedScore, "fitted"),
            applied = saved.Applied,
            fitted_at = saved.FittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            parameters = saved.Parameters.Weights.Select(w => Math.Round(w, 4)),
            recommended_retention = saved.RecommendedRetention,
        };
    }

    public static void Print(IAnsiConsole console, FsrsOptimizeResult outcome)
    {
        var report = outcome.Report!;
        var saved = outcome.Saved!;
        console.MarkupLine($"Fitted FSRS-6 parameters to {outcome.Reviews:N0} reviews; scored on the {report.FittedScore.Reviews:N0} latest ones " +
            $"(a fit to the {report.TrainingItems:N0} before them).");
        var table = new Table().Border(TableBorder.Simple).AddColumn("Parameters")
            .AddColumn(new TableColumn("Log loss").RightAligned()).AddColumn(new TableColumn("RMSE(bins)").RightAligned());
        table.AddRow(outcome.ComparedWithDefaults ? "In use (FSRS-6 defaults)" : "In use (your last fit)", Figure(report.CurrentScore.LogLoss), Percent(report.CurrentScore.RmseBins));
        table.AddRow("Fitted", Figure(report.FittedScore.LogLoss), Percent(report.FittedScore.RmseBins));
        console.Write(table);
        console.MarkupLine(saved.Applied
            ? report.Improves
                ? "[green]Applied:[/] the fitted parameters predict your later reviews better."
                : "[yellow]Applied on request (--apply)[/], although they do not predict your later reviews better."
            : "[yellow]Not applied:[/] the fitted parameters do not predict your later reviews better (kept for reference; --apply forces them).");
        if (saved.RecommendedRetention is { } retention)
        {
            console.MarkupLine($"Recommended desired retention: [bold]{retention:P0}[/] (least study time per card remembered).");
        }

        console.MarkupLine($"[grey]w = {string.Join(", ", saved.Parameters.Weights.Select(w => w.ToString("0.####", CultureInfo.InvariantCulture)))}[/]");
    }

    private static object Scores(FsrsMetrics metrics, string parameters) =>
        new { parameters, log_loss = Math.Round(metrics.LogLoss, 5), rmse_bins = Math.Round(metrics.RmseBins, 5) };

    private static string Figure(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("P2", CultureInfo.InvariantCulture);
}
