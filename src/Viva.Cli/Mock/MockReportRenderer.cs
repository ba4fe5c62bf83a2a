using Spectre.Console;
using Viva.Cli.Commands;
using Viva.Cli.Output;
using Viva.Core.Mock;

namespace Viva.Cli.Mock;

/// <summary>A mock report in the terminal: each question, readiness per area, what to study next.</summary>
internal static class MockReportRenderer
{
    public static void Print(IAnsiConsole console, MockReport report)
    {
        var mock = report.Mock;
        console.Write(new Rule($"[bold]Mock {mock.Id} report: {Markup.Escape(mock.Track)}[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(MockText.Summary(mock)));
        if (mock.Answers.Count == 0)
        {
            console.MarkupLine("[grey]No question was answered.[/]");
            return;
        }

        var table = new FittedTable().Value("#").Text("Question").Token("Topic").Value("Grade").Value("Time");
        foreach (var answer in mock.Answers)
        {
            table.AddRow(answer.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(BrowseOptions.Shorten(answer.Question, 60)),
                Markup.Escape(answer.Area), Grade(answer), MockTimer.Format(answer.Duration));
        }

        table.Write(console);
        foreach (var answer in mock.Answers)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{answer.Position}. {Markup.Escape(answer.Question)}[/]");
            console.MarkupLine($"[grey]{Markup.Escape(MockText.AnswerLine(answer))}[/]");
            PrintAnswer(console, answer);
        }

        console.WriteLine();
        console.MarkupLine("[bold]Readiness per topic[/] (mean grade ÷ 5 in this mock)");
        var topics = new FittedTable().Token("Topic").Value("Questions").Value("Mean grade").Value("Readiness");
        foreach (var topic in report.Topics)
        {
            topics.AddRow(Markup.Escape(topic.Area), $"{topic.Questions}", $"{topic.MeanScore:0.0} / 5", $"{topic.Readiness:0%}");
        }

        topics.Write(console);
        console.MarkupLine("[bold]Study next[/]");
        if (report.StudyNext.Count == 0)
        {
            console.MarkupLine(Markup.Escape(MockText.AllPassed));
        }

        foreach (var advice in report.StudyNext)
        {
            console.MarkupLine($"  • [bold]{Markup.Escape(advice.Area)}[/] ({advice.MeanScore:0.0} / 5): {Markup.Escape(advice.Command)}"
                + (advice.Questions.Count > 0 ? $" [grey]— revisit {Markup.Escape(string.Join(", ", advice.Questions))} with viva show ID[/]" : ""));
            foreach (var point in advice.Missed)
            {
                console.MarkupLine($"      [red]✗[/] {Markup.Escape(point)}");
            }
        }
    }

    /// <summary>One answer's grade, key points covered and missed, and the reference.</summary>
    public static void PrintAnswer(IAnsiConsole console, MockAnswer answer)
    {
        if (answer.Score is { } score)
        {
            var colour = score >= 4 ? "green" : score >= 2.5 ? "yellow" : "red";
            console.MarkupLine($"[bold {colour}]Score {score:0.##} / 5[/]");
        }

        foreach (var point in answer.Covered)
        {
            console.MarkupLine($"  [green]✓[/] {Markup.Escape(point)}");
        }

        foreach (var point in answer.Missed)
        {
            console.MarkupLine($"  [red]✗[/] {Markup.Escape(point)}");
        }

        console.Write(new Rule("[grey]Reference answer[/]").LeftJustified());
        if (answer.Reference is { } reference)
        {
            console.Write(MarkdownRenderer.Render(reference));
        }
        else
        {
            console.MarkupLine("[grey]No answer in the bank yet.[/]");
        }
    }

    private static string Grade(MockAnswer answer) =>
        answer.Answer.Length == 0 ? "skipped" : answer.Score is { } s ? $"{s:0.0}" : "not graded";
}
