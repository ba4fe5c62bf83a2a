using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Viva.Web.Rendering;

/// <summary>
/// Renders untrusted Markdown (imported answers) to HTML: raw HTML is shown as text, and a link or image
/// whose address is not http(s) or relative loses its address.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Safe HTML for <paramref name="markdown"/>.</summary>
    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
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

        return document.ToHtml(Pipeline);
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
