using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Viva.Core.Text;

namespace Viva.Web.Rendering;

/// <summary>
/// Renders untrusted Markdown (imported answers) to HTML: raw HTML is shown as text, and a link or image
/// whose address is not http(s) or relative loses its address. Maths becomes <see cref="MathHtml"/> elements.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Safe HTML for <paramref name="markdown"/>.</summary>
    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        // Maths is found before emphasis, so that x_i and a^2 inside $...$ or \(...\) stay maths.
        var document = Markdown.Parse(LatexText.DollarDelimiters(markdown), Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new MathInlineHtmlRenderer());
        renderer.ObjectRenderers.Replace<HtmlMathBlockRenderer>(new MathBlockHtmlRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>True for http(s) addresses and relative ones (no scheme, not protocol-relative).</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\\\", StringComparison.Ordinal))
        {
            return false;
        }

        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && trimmed.Contains(':', StringComparison.Ordinal))
        {
            return absolute.Scheme is "http" or "https";
        }

        // A colon before any slash, ? or # would be read by a browser as a scheme (javascript:, data:, vbscript:).
        var end = trimmed.IndexOfAny(['/', '?', '#']);
        var head = end < 0 ? trimmed : trimmed[..end];
        return !head.Contains(':', StringComparison.Ordinal);
    }
}
