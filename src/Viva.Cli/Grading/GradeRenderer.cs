using Spectre.Console;
using Viva.Core.Grading;

namespace Viva.Cli.Grading;

/// <summary>Human output of <c>viva grade</c>: feedback for one answer, a table for a batch.</summary>
public static class GradeRenderer
{
    private const int QuoteLength = 100;
    private const int TableTextLength = 60;

    /// <summary>The score, the key points covered (with the words that cover them) and those missed.</summary>
    public static void Feedback(IAnsiConsole console, string answer, GradeResult grade)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(grade);
        console.MarkupLine($"[bold]Score {grade.Score:0.##} / 5[/]  {Bar(grade.Score)}");
        var total = grade.Covered.Count + grade.Missed.Count;
        if (grade.Covered.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[green]Covered ({grade.Covered.Count} of {total})[/]");
            foreach (var point in grade.Covered)
            {
                console.MarkupLine($" [green]✓[/] {Markup.Escape(point.KeyPoint)}");
                if (point.Length > 0 && point.Start + point.Length <= answer.Length)
                {
                    console.MarkupLine($"   [grey]“{Markup.Escape(QuoteText.Elide(answer.Substring(point.Start, point.Length), QuoteLength))}”[/]");
                }
            }
        }

        if (grade.Missed.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[yellow]Missed ({grade.Missed.Count} of {total})[/]");
            foreach (var point in grade.Missed)
            {
                var part = grade.Partial.FirstOrDefault(p => p.KeyPoint == point);
                console.MarkupLine(part is null
                    ? $" [yellow]✗[/] {Markup.Escape(point)}"
                    : $" [yellow]◐[/] {Markup.Escape(point)} [grey](partly or not clearly: “{Markup.Escape(QuoteText.Elide(Substring(answer, part), QuoteLength))}”)[/]");
            }
        }

        if (grade.OptionalMissed.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[grey]Optional extras you could add (not counted as missed)[/]");
            foreach (var point in grade.OptionalMissed)
            {
                console.MarkupLine($" [grey]○ {Markup.Escape(point)}[/]");
            }
        }

        if (grade.Contradictions.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[red]Contradicted[/]");
            foreach (var contradiction in grade.Contradictions)
            {
                console.MarkupLine($" [red]![/] {Markup.Escape(contradiction)}");
            }
        }

        if (grade.Expected is { } expected)
        {
            console.WriteLine();
            console.MarkupLine($"[red]Expected {Markup.Escape(expected)}[/]");
        }
    }

    /// <summary>One row per graded answer: id, score, how many units it covers, what it misses.</summary>
    public static void Table(IAnsiConsole console, IReadOnlyList<(string Id, GradeResult Grade)> grades)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(grades);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Id").AddColumn(new TableColumn("Score").RightAligned()).AddColumn(new TableColumn("Covered").RightAligned()).AddColumn("Missed");
        foreach (var (id, grade) in grades)
        {
            var missed = grade.Missed.Count == 0 ? "—" : Shorten(grade.Missed[0], TableTextLength) + (grade.Missed.Count > 1 ? $" (+{grade.Missed.Count - 1} more)" : string.Empty);
            table.AddRow(Markup.Escape(id), $"{grade.Score:0.00}", $"{grade.Covered.Count}/{grade.Covered.Count + grade.Missed.Count}", Markup.Escape(missed));
        }

        console.Write(table);
        if (grades.Count > 0)
        {
            console.MarkupLine($"[grey]{grades.Count} answer(s) graded, mean score {grades.Average(g => g.Grade.Score):0.00} / 5[/]");
        }
    }

    private static string Substring(string answer, CoveredPoint point) =>
        point.Start >= 0 && point.Length > 0 && point.Start + point.Length <= answer.Length ? answer.Substring(point.Start, point.Length) : string.Empty;

    private static string Bar(double score)
    {
        var filled = (int)Math.Round(score * 2);
        return $"[green]{new string('█', filled)}[/][grey]{new string('░', 10 - filled)}[/]";
    }

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
