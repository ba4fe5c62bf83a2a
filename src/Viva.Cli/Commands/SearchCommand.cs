using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Output;

namespace Viva.Cli.Commands;

/// <summary><c>viva search TEXT [--limit N] [--json]</c>: full-text search, BM25-ranked.</summary>
public static class SearchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("TEXT") { Arity = ArgumentArity.OneOrMore, Description = "Words to find in questions and answers" };
        var limit = new Option<int>("--limit") { Description = "Show at most N results", DefaultValueFactory = _ => 20 };
        var json = BrowseOptions.Json();
        var command = new Command("search", "Search questions and answers (all words must match; if none do, any word)") { text, limit, json };
        command.SetAction(async (result, token) =>
        {
            if (result.GetValue(limit) < 1)
            {
                context.WriteError("--limit: must be at least 1");
                return ExitCodes.Usage;
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var hits = await store.SearchAsync(string.Join(' ', result.GetValue(text)!), result.GetValue(limit), token).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(context.Out, new
                {
                    results = hits.Select(h => new { id = h.Question.Id, question = h.Question.Question.Text, topic = h.Question.Question.Topic, score = h.Score }),
                });
                return ExitCodes.Success;
            }

            if (hits.Count == 0)
            {
                context.Console.MarkupLine("[grey]No matches.[/]");
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumn("Id").AddColumn("Question").AddColumn("Source").AddColumn(new TableColumn("Score").RightAligned());
            foreach (var hit in hits)
            {
                table.AddRow(Markup.Escape(hit.Question.Id), Markup.Escape(BrowseOptions.Shorten(hit.Question.Question.Text, 90)),
                    Markup.Escape(hit.Question.Question.Source), $"{hit.Score:F1}");
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
