using System.Globalization;
using Spectre.Console;
using Viva.Cli.Output;
using Viva.Core.Scheduling;
using Viva.Core.Storage;

namespace Viva.Cli.Grading;

/// <summary>
/// <c>viva grade --disagreements</c>: the questions whose grades the user overrules most in practice
/// ("I was right" / "I was wrong"), so question authors can see which key points need work.
/// </summary>
public static class DisagreementReport
{
    /// <summary>How many questions are listed when <c>--limit</c> is not given.</summary>
    public const int DefaultLimit = 20;

    private const int QuestionLength = 60;

    /// <summary>Reads the local user's overrides and writes the table, or <c>{"disagreements": [...]}</c> with <paramref name="json"/>.</summary>
    public static async Task<int> RunAsync(CliContext context, int limit, bool json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var store = await context.OpenBankAsync(cancellationToken).ConfigureAwait(false);
        var rows = await store.GetDisagreementsAsync(ReviewService.LocalUser, limit, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            Json.Write(context.Out, new
            {
                disagreements = rows.Select(r => new { id = r.CardId, question = r.Question, graded = r.Graded, right = r.Right, wrong = r.Wrong }),
            });
        }
        else
        {
            Table(context.Console, rows);
        }

        return ExitCodes.Success;
    }

    /// <summary>One row per question, most overruled first; a friendly line when there is nothing yet.</summary>
    public static void Table(IAnsiConsole console, IReadOnlyList<GradeDisagreement> rows)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            console.MarkupLine("No overrides yet: after a graded answer in [bold]viva practice[/], press [bold]r[/] (I was right) or [bold]w[/] (I was wrong) and it is counted here.");
            return;
        }

        var table = new FittedTable().Token("Id").Text("Question").Value("Graded").Value("I was right").Value("I was wrong").Value("Overridden");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.CardId),
                Markup.Escape(row.Question is { } text ? Shorten(text) : "(no longer in the bank)"),
                row.Graded.ToString(CultureInfo.InvariantCulture),
                row.Right.ToString(CultureInfo.InvariantCulture),
                row.Wrong.ToString(CultureInfo.InvariantCulture),
                (row.Rate * 100).ToString("0", CultureInfo.InvariantCulture) + "%");
        }

        table.Write(console);
        console.MarkupLine("[grey]I was right: the grader scored the answer too low. I was wrong: it scored it too high.[/]");
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= QuestionLength ? flat : flat[..(QuestionLength - 1)] + "…";
    }
}
