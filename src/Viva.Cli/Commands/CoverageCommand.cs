using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Import;
using Viva.Core.Text;

namespace Viva.Cli.Commands;

/// <summary><c>viva coverage PATH... [--json]</c>: which questions of the documents the curated bank answers.</summary>
public static class CoverageCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Documents or folders to check (nothing is stored)" };
        var json = BrowseOptions.Json();
        var command = new Command("coverage", "Show how many questions of the documents are linked to a curated question (stores nothing)") { paths, json };
        command.SetAction(async (result, token) =>
        {
            if (InputCollector.UnknownOption(result.GetValue(paths)!) is { } option)
            {
                context.WriteError($"unknown option '{option}' (run 'viva coverage --help')");
                return ExitCodes.Usage;
            }

            var (documents, errors, notices) = InputCollector.Collect(result.GetValue(paths)!);
            foreach (var notice in notices)
            {
                context.Error.WriteLine(notice);
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var curated = (await store.GetAllAsync(token).ConfigureAwait(false)).Where(q => q.Question.IsCurated).Select(q => q.Question.Id).ToHashSet(StringComparer.Ordinal);
            var report = await context.CreateImporter(store).ImportAsync(documents, dryRun: true, cancellationToken: token).ConfigureAwait(false);
            foreach (var error in errors.Concat(report.Documents.SelectMany(d => d.Diagnostics)).Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                context.Error.WriteLine(error);
            }

            var questions = report.Questions.Where(q => !q.Question.IsCurated).Select(q => q.Question).ToList();
            var uncovered = questions.Where(q => !curated.Contains(q.Cluster)).ToList();
            if (result.GetValue(json))
            {
                Json.Write(context.Out, new
                {
                    questions = questions.Count,
                    covered = questions.Count - uncovered.Count,
                    uncovered = uncovered.Select(q => new { source = q.Question.Source, line = q.Question.Line, question = q.Question.Text }),
                });
            }
            else
            {
                var share = questions.Count == 0 ? 0 : 100.0 * (questions.Count - uncovered.Count) / questions.Count;
                context.Console.MarkupLine($"[bold]{questions.Count - uncovered.Count} of {questions.Count}[/] questions are covered by the curated bank ({share:F0}%).");
                if (uncovered.Count > 0)
                {
                    context.Console.MarkupLine($"[bold]Not covered by the curated bank[/] ({uncovered.Count}):");
                }
                foreach (var q in uncovered)
                {
                    context.Console.MarkupLine($"  [grey]{Markup.Escape($"{q.Question.Source}:{q.Question.Line}")}[/] {Markup.Escape(BrowseOptions.Shorten(LatexText.Render(q.Question.Text), 100))}");
                }
            }

            return errors.Count > 0 || report.HasFailures ? ExitCodes.InputFailed : ExitCodes.Success;
        });
        return command;
    }
}
