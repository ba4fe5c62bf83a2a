using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Import;
using Viva.Core.Import.Anki;
using Viva.Core.Storage;
using Viva.Storage.Sqlite;
using Viva.Storage.Sqlite.Anki;

namespace Viva.Cli.Commands;

/// <summary><c>viva import PATH... [--dry-run] [--json]</c>.</summary>
public static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Markdown/text files, CSV/TSV tables, JSON as 'viva export json' writes it, and Anki packages (.apkg, with their review history and media), or folders searched recursively for *.md, *.markdown, *.txt, *.csv, *.tsv and *.apkg",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Extract and link, but store nothing" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (see docs/contracts.md)" };
        var command = new Command("import", "Import Markdown Q&A documents into the bank, in any layout; re-importing an edited file keeps question ids")
        {
            paths, dryRun, json,
        };
        command.SetAction((result, token) => RunAsync(context, result.GetValue(paths)!, result.GetValue(dryRun), result.GetValue(json), token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, bool dryRun, bool json, CancellationToken token)
    {
        if (InputCollector.UnknownOption(paths) is { } option)
        {
            context.WriteError($"unknown option '{option}' (run 'viva import --help')");
            return ExitCodes.Usage;
        }

        var packages = new List<AnkiPackageImport>();
        var (documents, inputErrors, notices) = InputCollector.Collect(paths, packages);
        foreach (var notice in notices)
        {
            context.Error.WriteLine(notice);
        }

        using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
        ImportReport report;
        using (var progress = ProgressLine.ForLongWork(context, documents.Count))
        {
            report = await context.CreateImporter(store).ImportAsync(documents, dryRun, progress: progress, cancellationToken: token).ConfigureAwait(false);
        }

        var histories = dryRun ? [] : await ImportHistoriesAsync(context, store, packages, report, token).ConfigureAwait(false);
        var media = dryRun ? [] : SaveMedia(context, packages, report);
        var failures = inputErrors.Select(e => new DocumentReport { Source = e.Source, Diagnostics = [e] }).Concat(report.Documents).ToList();
        foreach (var diagnostic in failures.SelectMany(d => d.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            context.Error.WriteLine(diagnostic);
        }

        if (json)
        {
            var documentsJson = failures.Select(DocumentJson);
            var questionsJson = report.Questions.Select(q => QuestionJson.Full(q.Question));
            Json.Write(context.Out, packages.Count == 0
                ? new { documents = documentsJson, questions = questionsJson }
                : new
                {
                    documents = documentsJson,
                    questions = questionsJson,
                    reviews = histories.Select(h => new { source = h.Source, imported = h.Result.Imported, cards = h.Result.Cards, already_logged = h.Result.AlreadyThere, skipped = h.Result.Skipped }),
                });
        }
        else
        {
            Render(context.Console, failures, report.DryRun);
            foreach (var (source, result) in histories)
            {
                context.Out.WriteLine($"{source}: {result.Imported} review(s) from Anki's history added to {result.Cards} card(s)"
                    + (result.AlreadyThere > 0 ? $"; {result.AlreadyThere} already in the review log" : string.Empty)
                    + (result.Skipped > 0 ? $"; {result.Skipped} skipped (manual reschedules, or older than the card's own reviews)" : string.Empty));
            }

            foreach (var (source, count) in media)
            {
                context.Out.WriteLine($"{source}: {count} media file(s) kept in {Path.Combine(context.Home, ExportCommand.MediaFolder)}");
            }
        }

        return failures.Any(d => d.Failed) ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    // The review logs of the packages whose questions were stored, replayed onto the cards the import gave them.
    private static async Task<List<(string Source, AnkiHistoryResult Result)>> ImportHistoriesAsync(
        CliContext context, IBankStore store, List<AnkiPackageImport> packages, ImportReport report, CancellationToken token)
    {
        var results = new List<(string, AnkiHistoryResult)>();
        var stored = report.Documents.Where(d => !d.Failed).Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        var withReviews = packages.Where(p => p.Reviews.Count > 0 && stored.Contains(p.Document.Source)).ToList();
        if (withReviews.Count == 0)
        {
            return results;
        }

        var history = new AnkiHistoryImporter(store, (await context.CreateReviewServiceAsync(store, token).ConfigureAwait(false)).Scheduler);
        foreach (var package in withReviews)
        {
            results.Add((package.Document.Source, await history.ImportAsync(package.ReviewsByCard(report), token).ConfigureAwait(false)));
        }

        return results;
    }

    // The images and sounds of the packages whose questions were stored, kept for Anki exports of those answers.
    private static List<(string Source, int Count)> SaveMedia(CliContext context, List<AnkiPackageImport> packages, ImportReport report)
    {
        var stored = report.Documents.Where(d => !d.Failed).Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        var saved = new List<(string, int)>();
        foreach (var package in packages.Where(p => p.Media.Count > 0 && stored.Contains(p.Document.Source)))
        {
            try
            {
                saved.Add((package.Document.Source, package.SaveMedia(Path.Combine(context.Home, ExportCommand.MediaFolder))));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.WriteError($"{package.Document.Source}: media files not kept: {exception.Message}");
            }
        }

        return saved;
    }

    private static object DocumentJson(DocumentReport d) => new
    {
        source = d.Source,
        questions = d.Questions,
        answered = d.Answered,
        added = d.Added,
        updated = d.Updated,
        unchanged = d.Unchanged,
        duplicates = d.Duplicates,
        invalid = d.Invalid,
        diagnostics = d.Diagnostics.Select(x => new { line = x.Line, severity = x.Severity.ToString().ToLowerInvariant(), message = x.Message }),
        stubs = d.Stubs,
    };

    private static void Render(IAnsiConsole console, IReadOnlyList<DocumentReport> documents, bool dryRun)
    {
        console.MarkupLine(dryRun ? "[bold]Import[/] (dry run: nothing stored)" : "[bold]Import[/]");
        var table = new FittedTable().Path("Document", 80).Value("Questions").Value("Answered").Value("Stubs").Value("Added").Value("Updated")
            .Value("Unchanged").Value("Duplicates").Value("Invalid");
        foreach (var d in documents)
        {
            // Shortened from the left, a path keeps its end, so the failure mark stays in view.
            table.AddRow(
                d.Source + (d.Failed ? " (failed)" : string.Empty),
                $"{d.Questions}", $"{d.Answered}", $"{d.Stubs}", $"{d.Added}", $"{d.Updated}", $"{d.Unchanged}", $"{d.Duplicates}", $"{d.Invalid}");
        }

        table.Write(console);
        foreach (var diagnostic in documents.SelectMany(d => d.Diagnostics).Where(d => d.Severity != DiagnosticSeverity.Error))
        {
            var colour = diagnostic.Severity == DiagnosticSeverity.Warning ? "yellow" : "grey";
            console.MarkupLine($"[{colour}]{Markup.Escape($"{diagnostic.Source}:{diagnostic.Line}: {diagnostic.Message}")}[/]");
        }
    }
}
