using Spectre.Console;
using Viva.Cli.Output;
using Viva.Cli.Practice;
using Viva.Core.Grading;
using Viva.Core.Mock;
using Viva.Core.Questions;
using Viva.Core.Text;

namespace Viva.Cli.Mock;

/// <summary>
/// One sitting of <c>viva mock</c>: asks the planned questions one by one with the timer, grades each typed answer,
/// saves it at once, and ends with the report.
/// </summary>
/// <param name="context">Console and clock.</param>
/// <param name="mocks">Saves the mock.</param>
/// <param name="input">Where answers come from (the same input as practice).</param>
/// <param name="reveal">When to show grades and references.</param>
/// <param name="grade">Grades a typed answer; null when it cannot.</param>
public sealed class MockSession(CliContext context, MockService mocks, IPracticeInput input, MockReveal reveal,
    Func<PracticeCard, string, CancellationToken, Task<Feedback?>> grade)
{
    private IAnsiConsole Console => context.Console;

    /// <summary>Runs <paramref name="plan"/> until every question is asked, time is up, or the user ends it; returns the report.</summary>
    public async Task<MockReport> RunAsync(MockPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var options = plan.Options;
        var id = await mocks.StartAsync(plan, cancellationToken).ConfigureAwait(false);
        var timer = new MockTimer(context.Time, TimeSpan.FromMinutes(options.Minutes), options.PerQuestion);
        Console.MarkupLine($"[bold]Viva mock {id}[/] — {Markup.Escape(options.Track.Title)} · {Plural.Of(plan.Items.Count, "question")} · {options.Minutes} min "
            + $"(about {MockTimer.Format(options.PerQuestion)} each) · {options.Level?.ToName() ?? "any level"} · seed {options.Seed}");
        Console.MarkupLine(reveal == MockReveal.End
            ? "[grey]Grades and reference answers come in the report at the end (--reveal each shows them after every answer).[/]"
            : "[grey]Each answer is graded and shown with its reference as soon as you submit it.[/]");

        foreach (var item in plan.Items)
        {
            if (timer.IsOver)
            {
                Console.MarkupLine($"[yellow]Time is up: {Plural.Of(plan.Items.Count - item.Position + 1, "question")} not asked.[/]");
                break;
            }

            timer.NextQuestion();
            if (await AskAsync(id, item, plan.Items.Count, timer, cancellationToken).ConfigureAwait(false) is false)
            {
                Console.MarkupLine("[grey]Mock ended early.[/]");
                break;
            }
        }

        var report = await mocks.FinishAsync(id, CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine();
        MockReportRenderer.Print(Console, report);
        Console.MarkupLine($"[grey]Saved as mock {id}: viva mock --show {id} [[--markdown FILE]] [[--html FILE]][/]");
        return report;
    }

    // Asks one question; false when the user ends the mock.
    private async Task<bool> AskAsync(long id, MockItem item, int total, MockTimer timer, CancellationToken cancellationToken)
    {
        var q = item.Question;
        Console.WriteLine();
        var follow = item.FollowUpOf is { } of ? $" · follow-up to {of}" : "";
        Console.Write(new Rule($"[grey]Question {item.Position}/{total} · {Markup.Escape(q.Area)} · {q.Level?.ToName() ?? "any level"}{follow}[/]").LeftJustified());
        Console.MarkupLine($"[grey]⏱ {MockTimer.Format(timer.Elapsed)} elapsed · {MockTimer.Format(timer.Remaining)} left[/]");
        Console.MarkupLine((item.IsFollowUp ? "[bold]Follow-up:[/] " : "") + $"[bold]{Markup.Escape(q.Text)}[/]");
        Console.MarkupLine("[grey]Type your answer; a blank line submits. Enter alone or s skips, q ends the mock.[/]");

        var answer = input.ReadAnswer();
        while (answer?.Trim().ToLowerInvariant() == "u")
        {
            Console.MarkupLine("[yellow]A mock has no undo: type your answer, s to skip or q to end.[/]");
            answer = input.ReadAnswer();
        }

        if (answer is null || answer.Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var duration = timer.OnQuestion;
        answer = answer.Trim().Equals("s", StringComparison.OrdinalIgnoreCase) ? "" : answer.Trim();
        cancellationToken.ThrowIfCancellationRequested();
        var graded = answer.Length == 0 ? null : await GradeAsync(q, answer, cancellationToken).ConfigureAwait(false);
        var saved = await mocks.RecordAsync(id, item, answer, graded, duration, CancellationToken.None).ConfigureAwait(false);
        var over = timer.QuestionOverrun ? " [yellow](over its share)[/]" : "";
        Console.MarkupLine($"[green]✓[/] {(answer.Length == 0 ? "Skipped" : "Answer saved")} · {MockTimer.Format(duration)}{over}");
        if (reveal == MockReveal.Each)
        {
            MockReportRenderer.PrintAnswer(Console, saved);
        }

        return true;
    }

    private async Task<MockGrade?> GradeAsync(MockCandidate question, string answer, CancellationToken cancellationToken)
    {
        var curated = question.Question.Question.Curated;
        if (curated is { Kind: QuestionKind.Numeric, NumericAnswer: { } expected })
        {
            // A numeric question is right or wrong by its number, as in practice.
            return NumericAnswerCheck.IsCorrect(answer, expected, curated.Tolerance ?? 0) == true
                ? new MockGrade(5, curated.KeyPoints, [])
                : new MockGrade(0, [], curated.KeyPoints);
        }

        var card = new PracticeCard(question.CardId, question.Question, question.Question.Question.Answer, question.AskedIn);
        return await grade(card, answer, cancellationToken).ConfigureAwait(false) is { } feedback
            ? new MockGrade(feedback.Score, [.. feedback.Covered.Select(c => c.Point)], feedback.Missed)
            : null;
    }
}
