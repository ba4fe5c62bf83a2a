using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Output;

namespace Viva.Cli.Commands;

/// <summary><c>viva sources [--json]</c>: imported documents with question, answered and stub counts.</summary>
public static class SourcesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var json = BrowseOptions.Json();
        var command = new Command("sources", "List imported documents with their question counts, how many have a full answer and how many only a stub") { json };
        command.SetAction(async (result, token) =>
        {
            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var sources = await store.GetSourcesAsync(token).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(context.Out, new
                {
                    sources = sources.Select(s => new { source = s.Source, questions = s.Questions, answered = s.Answered, imported_at = s.ImportedAt, stubs = s.Stubs }),
                });
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumn("Document")
                .AddColumn(new TableColumn("Questions").RightAligned()).AddColumn(new TableColumn("Answered").RightAligned())
                .AddColumn(new TableColumn("Stubs").RightAligned()).AddColumn("Imported");
            foreach (var s in sources)
            {
                table.AddRow(Markup.Escape(s.Source), $"{s.Questions}", $"{s.Answered}", $"{s.Stubs}", s.ImportedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"[grey]{sources.Count} document(s), {sources.Sum(s => s.Questions)} question(s), {sources.Sum(s => s.Answered)} answered, {sources.Sum(s => s.Stubs)} with only a stub (links or a skeleton)[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
