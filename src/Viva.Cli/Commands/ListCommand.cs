using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Questions;
using Viva.Core.Storage;
using Viva.Core.Text;

namespace Viva.Cli.Commands;

/// <summary><c>viva list [--topic T] [--level L] [--source S] [--unanswered] [--limit N] [--json]</c>.</summary>
public static class ListCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var topic = new Option<string?>("--topic") { Description = "Only questions whose area (as practice --topic takes it, e.g. classical-ml) or heading contains this text" };
        var level = BrowseOptions.Level();
        var source = new Option<string?>("--source") { Description = "Only questions from documents whose name contains this text" };
        var unanswered = new Option<bool>("--unanswered") { Description = "Only questions without a full answer: none, or only a stub (links, a skeleton, a TODO)" };
        var limit = new Option<int?>("--limit") { Description = "Show at most N questions" };
        var json = BrowseOptions.Json();
        var command = new Command("list", "List the questions in the bank") { topic, level, source, unanswered, limit, json };
        command.SetAction(async (result, token) =>
        {
            if (result.GetValue(limit) < 1)
            {
                context.WriteError("--limit: must be at least 1");
                return ExitCodes.Usage;
            }

            var filter = new QuestionFilter
            {
                Topic = result.GetValue(topic),
                Level = BrowseOptions.ParseLevel(result.GetValue(level)),
                Source = result.GetValue(source),
                UnansweredOnly = result.GetValue(unanswered),
                Limit = result.GetValue(limit),
                Brief = true,
            };
            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var questions = await store.ListAsync(filter, token).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(context.Out, new { questions = questions.Select(QuestionJson.Full) });
            }
            else
            {
                Render(context.Console, questions);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private const int SourceWidth = 32;

    private static void Render(IAnsiConsole console, IReadOnlyList<BankQuestion> questions)
    {
        if (questions.Count == 0)
        {
            console.MarkupLine("[grey]No questions match.[/]");
            return;
        }

        var table = new FittedTable().Token("Id").Text("Question").Value("Level", Justify.Left).Path("Source", SourceWidth).Value("Answer", Justify.Center);
        foreach (var q in questions)
        {
            table.AddRow(
                Markup.Escape(q.Id),
                Markup.Escape(BrowseOptions.Shorten(LatexText.Render(q.Question.Text), 90)),
                q.Question.Level?.ToName() ?? "-",
                $"{q.Question.Source}:{q.Question.Line}",
                q.Question.AnswerQuality switch
                {
                    AnswerQuality.Full => "[green]✓[/]",
                    AnswerQuality.Stub => "[yellow]stub[/]",
                    _ => "[grey]–[/]",
                });
        }

        table.Write(console);
        console.MarkupLine($"[grey]{questions.Count} question(s)[/]");
    }
}
