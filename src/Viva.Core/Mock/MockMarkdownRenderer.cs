using System.Globalization;
using System.Text;

namespace Viva.Core.Mock;

/// <summary>A mock report as a Markdown document (<c>viva mock --show ID --markdown FILE</c>).</summary>
public static class MockMarkdownRenderer
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(MockReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var mock = report.Mock;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Mock interview {mock.Id}: {mock.Track}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{MockText.Summary(mock)}");
        text.AppendLine();
        text.AppendLine("## Readiness per topic");
        text.AppendLine();
        text.AppendLine("| topic | questions | mean grade | readiness |");
        text.AppendLine("|---|---|---|---|");
        foreach (var topic in report.Topics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(topic.Area)} | {topic.Questions} | {topic.MeanScore:0.0} / 5 | {topic.Readiness:0%} |");
        }

        text.AppendLine();
        text.AppendLine("## Study next");
        text.AppendLine();
        if (report.StudyNext.Count == 0)
        {
            text.AppendLine(MockText.AllPassed);
        }

        foreach (var advice in report.StudyNext)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{advice.Area}** ({advice.MeanScore:0.0} / 5): `{advice.Command}`");
            foreach (var point in advice.Missed)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - missed: {point}");
            }
        }

        foreach (var answer in mock.Answers)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {answer.Position}. {answer.Question}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{MockText.AnswerLine(answer)}");
            text.AppendLine();
            text.AppendLine("**Your answer**");
            text.AppendLine();
            text.AppendLine(answer.Answer.Length == 0 ? "_(skipped)_" : Quote(answer.Answer));
            if (answer.Covered.Count + answer.Missed.Count > 0)
            {
                text.AppendLine();
                text.AppendLine("**Key points**");
                text.AppendLine();
                foreach (var point in answer.Covered)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- ✓ {point}");
                }

                foreach (var point in answer.Missed)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- ✗ {point}");
                }
            }

            text.AppendLine();
            text.AppendLine("**Reference**");
            text.AppendLine();
            text.AppendLine(answer.Reference ?? "_No reference answer in the bank._");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Quote(string answer) => string.Join('\n', answer.ReplaceLineEndings("\n").Split('\n').Select(l => "> " + l));
}
