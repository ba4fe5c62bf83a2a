using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Storage;

namespace Viva.Cli.Commands;

/// <summary><c>viva sources [--json]</c>: the curated bank and the imported documents, with question, answered and stub counts.</summary>
public static class SourcesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var json = BrowseOptions.Json();
        var command = new Command("sources", "Show the curated bank (one line) and the imported documents with their question counts, how many have a full answer and how many only a stub") { json };
        command.SetAction(async (result, token) =>
        {
            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var sources = await store.GetSourcesAsync(token).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(context.Out, new
                {
                    sources = sources.Select(s => new { source = s.Source, questions = s.Questions, answered = s.Answered, imported_at = s.ImportedAt, curated = IsCurated(s), stubs = s.Stubs }),
                });
                return ExitCodes.Success;
            }

            // The built-in bank is one line; the table is what the user imported.
            var curated = sources.Where(IsCurated).ToList();
            var imported = sources.Where(s => !IsCurated(s)).ToList();
            context.Console.MarkupLine($"[bold]Curated bank[/] (built in): {curated.Count} file(s), {curated.Sum(s => s.Questions)} question(s), {curated.Sum(s => s.Answered)} answered");
            if (imported.Count == 0)
            {
                context.Console.MarkupLine("[bold]Imported documents[/]: none yet (add some with 'viva import PATH')");
                return ExitCodes.Success;
            }

            context.Console.MarkupLine($"[bold]Imported documents[/]: {imported.Count} document(s), {imported.Sum(s => s.Questions)} question(s), {imported.Sum(s => s.Answered)} answered, {imported.Sum(s => s.Stubs)} with only a stub (links or a skeleton)");
            var table = new FittedTable().Path("Document", 60).Value("Questions").Value("Answered").Value("Stubs").Value("Imported", Justify.Left);
            foreach (var s in imported)
            {
                table.AddRow(s.Source, $"{s.Questions}", $"{s.Answered}", $"{s.Stubs}", s.ImportedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            }

            table.Write(context.Console);
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsCurated(SourceSummary source) => source.Source.StartsWith("content/", StringComparison.Ordinal);
}
