using System.Net;
using System.Text.RegularExpressions;

namespace Viva.Core.Import.Anki;

/// <summary>
/// A forgiving HTML tree for the small HTML that note fields hold: elements with their attributes, and decoded text. Unclosed
/// elements end with their parent; a stray end tag is ignored.
/// </summary>
internal sealed partial class HtmlNode
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "hr", "img", "input", "meta", "link", "wbr", "col", "source" };

    // An element of these closes an open one of the same name (a new item ends the previous item).
    private static readonly HashSet<string> SelfClosing = new(StringComparer.Ordinal) { "li", "p", "tr", "td", "th" };

    private HtmlNode(string? name, string? text, string attributes)
    {
        Name = name;
        Text = text;
        Attributes = attributes;
    }

    /// <summary>The element's lower-case name; null for text.</summary>
    public string? Name { get; }

    /// <summary>The decoded text of a text node.</summary>
    public string? Text { get; }

    public List<HtmlNode> Children { get; } = [];

    private string Attributes { get; }

    /// <summary>Parses <paramref name="html"/> into a root element holding it.</summary>
    public static HtmlNode Parse(string html)
    {
        var root = new HtmlNode("#root", null, string.Empty);
        var open = new List<HtmlNode> { root };
        var position = 0;
        foreach (Match tag in Tag().Matches(html ?? string.Empty))
        {
            AddText(open[^1], html![position..tag.Index]);
            position = tag.Index + tag.Length;
            if (!tag.Groups["name"].Success)
            {
                continue;
            }

            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["end"].Length > 0)
            {
                var at = open.FindLastIndex(n => n.Name == name);
                if (at > 0)
                {
                    open.RemoveRange(at, open.Count - at);
                }

                continue;
            }

            if (SelfClosing.Contains(name) && open.FindLastIndex(n => n.Name == name) is var same and > 0
                && !open.Skip(same + 1).Any(n => n.Name is "ul" or "ol" or "table"))
            {
                open.RemoveRange(same, open.Count - same);
            }

            var element = new HtmlNode(name, null, tag.Groups["attributes"].Value);
            open[^1].Children.Add(element);
            if (!Void.Contains(name) && !tag.Groups["attributes"].Value.EndsWith('/'))
            {
                open.Add(element);
            }
        }

        AddText(open[^1], html is null ? string.Empty : html[position..]);
        return root;
    }

    /// <summary>The value of attribute <paramref name="name"/>, decoded; null when absent.</summary>
    public string? Attribute(string name)
    {
        foreach (Match attribute in AttributePattern().Matches(Attributes))
        {
            if (string.Equals(attribute.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                var value = attribute.Groups["quoted"].Success ? attribute.Groups["quoted"].Value
                    : attribute.Groups["single"].Success ? attribute.Groups["single"].Value : attribute.Groups["bare"].Value;
                return WebUtility.HtmlDecode(value);
            }
        }

        return null;
    }

    /// <summary>All text below this node, as written.</summary>
    public string InnerText() => Text ?? string.Concat(Children.Select(c => c.Name == "br" ? "\n" : c.InnerText()));

    private static void AddText(HtmlNode parent, string raw)
    {
        if (raw.Length > 0)
        {
            parent.Children.Add(new HtmlNode(null, WebUtility.HtmlDecode(raw), string.Empty));
        }
    }

    [GeneratedRegex(@"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?[^>]*>|<(?<end>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s=/""']+)\s*(?:=\s*(?:""(?<quoted>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s>]+)))?")]
    private static partial Regex AttributePattern();
}
