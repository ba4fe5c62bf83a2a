using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Viva.Core.Import.Anki;

/// <summary>
/// Renders Markdown as the HTML of a note field. Raw HTML in the Markdown is shown as text, never passed through, and a link
/// or image to anything but a web address, mail address or plain file name loses its target, so a field cannot run script
/// in Anki's viewer. Maths becomes MathJax's <c>\(…\)</c> and <c>\[…\]</c>, which Anki renders.
/// </summary>
public static class AnkiHtmlRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseMathematics().DisableHtml().Build();

    /// <summary>The HTML for <paramref name="markdown"/>.</summary>
    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = string.Empty;
            }
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }

        var scheme = url[..colon].Trim().ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
