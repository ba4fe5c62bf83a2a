using System.Globalization;
using System.Net;
using System.Text;
using Markdig;

namespace Viva.Core.Mock;

/// <summary>
/// A mock report as one printable HTML page (<c>viva mock --show ID --html FILE</c>): every text escaped, the reference
/// rendered from Markdown with raw HTML disabled, no script.
/// </summary>
public static class MockHtmlRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(MockReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var mock = report.Mock;
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<title>Mock interview {mock.Id}: {E(mock.Track)}</title>");
        html.AppendLine("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:50em;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .6em;text-align:left}"
            + ".covered{color:#176317}.missed{color:#a01818}blockquote{border-left:3px solid #bbb;margin-left:0;padding-left:1em}"
            + "section{break-inside:avoid}@media print{body{margin:0}}</style>");
        html.AppendLine("</head><body>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<h1>Mock interview {mock.Id}: {E(mock.Track)}</h1>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{E(MockText.Summary(mock))}</p>");
        html.AppendLine("<h2>Readiness per topic</h2>");
        html.AppendLine("<table><tr><th>topic</th><th>questions</th><th>mean grade</th><th>readiness</th></tr>");
        foreach (var topic in report.Topics)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{E(topic.Area)}</td><td>{topic.Questions}</td><td>{topic.MeanScore:0.0} / 5</td><td>{topic.Readiness:0%}</td></tr>");
        }

        html.AppendLine("</table>");
        html.AppendLine("<h2>Study next</h2>");
        if (report.StudyNext.Count == 0)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<p>{E(MockText.AllPassed)}</p>");
        }
        else
        {
            html.AppendLine("<ul>");
            foreach (var advice in report.StudyNext)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(advice.Area)}</strong> ({advice.MeanScore:0.0} / 5): <code>{E(advice.Command)}</code>");
                if (advice.Missed.Count > 0)
                {
                    html.Append("<ul>").AppendJoin("", advice.Missed.Select(p => $"<li>missed: {E(p)}</li>")).Append("</ul>");
                }

                html.AppendLine("</li>");
            }

            html.AppendLine("</ul>");
        }

        foreach (var answer in mock.Answers)
        {
            html.AppendLine("<section>");
            html.AppendLine(CultureInfo.InvariantCulture, $"<h2>{answer.Position}. {E(answer.Question)}</h2>");
            html.AppendLine(CultureInfo.InvariantCulture, $"<p>{E(MockText.AnswerLine(answer))}</p>");
            html.AppendLine("<h3>Your answer</h3>");
            html.AppendLine(answer.Answer.Length == 0 ? "<p><em>(skipped)</em></p>" : $"<blockquote>{E(answer.Answer).ReplaceLineEndings("<br>")}</blockquote>");
            if (answer.Covered.Count + answer.Missed.Count > 0)
            {
                html.AppendLine("<h3>Key points</h3><ul>");
                html.AppendJoin("", answer.Covered.Select(p => $"<li class=\"covered\">✓ {E(p)}</li>"));
                html.AppendJoin("", answer.Missed.Select(p => $"<li class=\"missed\">✗ {E(p)}</li>"));
                html.AppendLine("</ul>");
            }

            html.AppendLine("<h3>Reference</h3>");
            html.AppendLine(answer.Reference is { } reference ? Markdown.ToHtml(reference, Pipeline) : "<p><em>No reference answer in the bank.</em></p>");
            html.AppendLine("</section>");
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
