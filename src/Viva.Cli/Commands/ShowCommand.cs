using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Linking;
using Viva.Core.Questions;
using Viva.Core.Storage;
using Viva.Core.Text;

namespace Viva.Cli.Commands;

/// <summary><c>viva show ID [--json]</c>: one question with its answer, key points and duplicates.</summary>
public static class ShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The question's id, as list and search print it" };
        var json = BrowseOptions.Json();
        var command = new Command("show", "Show one question: its answer, key points, code and the same question in other documents") { id, json };
        command.SetAction(async (result, token) =>
        {
            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var question = await store.FindAsync(result.GetValue(id)!, token).ConfigureAwait(false);
            if (question is null)
            {
                context.WriteError($"{result.GetValue(id)}: no question with this id (try 'viva search')");
                return ExitCodes.InputFailed;
            }

            var all = await store.GetAllAsync(token).ConfigureAwait(false);
            var duplicates = all.Select(s => s.Question).Where(q => q.Cluster == question.Cluster && q.Id != question.Id).ToList();
            var conflicts = duplicates.Count == 0 ? [] : await AnswerConflicts.FindAsync([question, .. duplicates], context.BuiltInGrader, token).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(context.Out, QuestionJson.Detailed(question, duplicates, conflicts));
            }
            else
            {
                Render(context.Console, question, duplicates, conflicts);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, BankQuestion question, List<BankQuestion> duplicates, IReadOnlyList<AnswerConflict> conflicts)
    {
        var q = question.Question;
        console.MarkupLine($"[bold]{Markup.Escape(LatexText.Render(q.Text))}[/]");
        var facts = $"{question.Id} · {q.Source}:{q.Line} · level {q.Level?.ToName() ?? "not given"}";
        if (q.Topic.Count > 0)
        {
            facts += $" · {string.Join(" › ", q.Topic)}";
        }

        console.MarkupLine($"[grey]{Markup.Escape(facts)}[/]");
        console.WriteLine();
        var references = QuestionJson.References(q);
        if (q.AnswerQuality == AnswerQuality.Stub)
        {
            // A stub is not an answer: its links are what the document offers instead.
            console.MarkupLine("[grey](the document gives only a stub for an answer)[/]");
            if (references.Count > 0)
            {
                console.WriteLine();
                console.MarkupLine("[bold]References[/]");
                foreach (var (text, url) in references)
                {
                    console.MarkupLine($" • {Markup.Escape(text == url ? url : $"{text}: {url}")}");
                }
            }
            else
            {
                console.WriteLine(q.Answer ?? string.Empty);
            }
        }
        else
        {
            // The same renderer as practice's reveal: tables as boxes, code in panels, maths as Unicode.
            console.Write(q.Answer is null ? new Text("(the document gives no answer)") : MarkdownRenderer.Render(q.Answer));
        }
        if (q.Curated is { KeyPoints.Count: > 0 } curated)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Key points[/]");
            foreach (var point in curated.KeyPoints)
            {
                console.MarkupLine($" • {Markup.Escape(LatexText.Render(point))}");
            }
        }

        if (duplicates.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Also asked in {duplicates.Select(d => d.Question.Source).Distinct().Count()} document(s)[/]");
            foreach (var d in duplicates)
            {
                console.MarkupLine($" • {Markup.Escape($"{d.Question.Source}:{d.Question.Line} ({d.Id}) {BrowseOptions.Shorten(LatexText.Render(d.Question.Text), 80)}")}");
            }
        }

        if (conflicts.Count > 0)
        {
            // Both answers are kept; the reader decides, told where they disagree.
            console.WriteLine();
            console.MarkupLine($"[bold red]The documents disagree[/] [grey](each answer is kept with its own question)[/]");
            foreach (var c in conflicts)
            {
                console.MarkupLine($" [red]≠[/] {Markup.Escape($"{c.Source}:{c.Line} ({c.Id}), against {c.ReferenceId}: {string.Join(' ', c.Reasons)}")}");
            }
        }
    }
}
