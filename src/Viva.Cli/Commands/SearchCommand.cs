using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Search;
using Viva.Core.Text;

namespace Viva.Cli.Commands;

/// <summary><c>viva search TEXT [--limit N] [--json]</c>: search by words (BM25) and by meaning, fused.</summary>
public static class SearchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("TEXT") { Arity = ArgumentArity.OneOrMore, Description = "Words to find in questions and answers" };
        var limit = new Option<int>("--limit") { Description = "Show at most N results", DefaultValueFactory = _ => 20 };
        var json = BrowseOptions.Json();
        var details = new Option<bool>("--details") { Description = "With --json, add each result's answer snippet (beyond the documented contract)" };
        var command = new Command("search", "Search questions and answers by words and by meaning (abbreviations such as 'norm' or 'LR' are spelt out); one result per set of duplicates") { text, limit, json, details };
        command.SetAction(async (result, token) =>
        {
            if (result.GetValue(limit) < 1)
            {
                context.WriteError("--limit: must be at least 1");
                return ExitCodes.Usage;
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var hits = await new HybridSearch(store, context.EncoderLoader.Get).SearchAsync(string.Join(' ', result.GetValue(text)!), result.GetValue(limit), token).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(context.Out, result.GetValue(details)
                    ? new { results = hits.Select(h => (object)new { id = h.Question.Id, question = h.Question.Question.Text, topic = h.Question.Question.Topic, score = h.Score, snippet = h.Snippet }) }
                    : new { results = hits.Select(h => (object)new { id = h.Question.Id, question = h.Question.Question.Text, topic = h.Question.Question.Topic, score = h.Score }) });
                return ExitCodes.Success;
            }

            if (hits.Count == 0)
            {
                context.Console.MarkupLine("[grey]No matches.[/]");
                return ExitCodes.Success;
            }

            var table = new FittedTable().Token("Id").Text("Question").Path("Source", 32).Value("Score");
            foreach (var hit in hits)
            {
                var snippet = hit.Snippet.Length > 0 ? $"\n[grey]{Markup.Escape(LatexText.Render(hit.Snippet))}[/]" : "";
                table.AddRow(Markup.Escape(hit.Question.Id), Markup.Escape(BrowseOptions.Shorten(LatexText.Render(hit.Question.Question.Text), 90)) + snippet,
                    hit.Question.Question.Source, $"{hit.Score:F1}");
            }

            table.Write(context.Console);
            return ExitCodes.Success;
        });
        return command;
    }
}
