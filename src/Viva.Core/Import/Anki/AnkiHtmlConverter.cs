using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Viva.Core.Import.Anki;

/// <summary>
/// Turns the HTML of a note field into Markdown text: paragraphs, line breaks (Anki's editor writes one <c>div</c> per line),
/// lists, code blocks and inline code, emphasis, links, headings, quotes and tables keep their shape; images become Markdown
/// image references to the media file name; scripts, styles and any other markup are dropped, keeping their text.
/// </summary>
public static partial class AnkiHtmlConverter
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "script", "style", "head", "title", "template" };

    /// <summary>The Markdown for <paramref name="html"/>.</summary>
    public static string ToMarkdown(string html)
    {
        var blocks = Blocks(HtmlNode.Parse(html ?? string.Empty).Children);
        return ExtraBlankLines().Replace(Join(blocks), "\n\n").Trim();
    }

    /// <summary>
    /// The plain text of <paramref name="html"/>, for a question: markup dropped, line breaks and list items kept as lines,
    /// images kept as Markdown references to their media file.
    /// </summary>
    public static string ToPlainText(string html)
    {
        var text = new StringBuilder();
        Plain(HtmlNode.Parse(html ?? string.Empty), text);
        return ExtraBlankLines().Replace(CleanLines(text.ToString()), "\n\n");
    }

    private static void Plain(HtmlNode node, StringBuilder text)
    {
        switch (node.Name)
        {
            case null:
                text.Append(Whitespace().Replace(node.Text!.Replace('\u00a0', ' '), " "));
                return;
            case "br":
                text.Append('\n');
                return;
            case "img":
                text.Append(Inline(node));
                return;
            case var dropped when Dropped.Contains(dropped):
                return;
        }

        var isBlock = node.Name is "div" or "p" or "li" or "tr" or "pre" or "ul" or "ol" or "table" or "blockquote" or "hr"
            || (node.Name.Length == 2 && node.Name[0] == 'h' && char.IsDigit(node.Name[1]));
        // A block starts and ends a line, once: two blocks in a row are two lines, not a blank line between.
        if (isBlock && text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }

        foreach (var child in node.Children)
        {
            Plain(child, text);
        }

        if (isBlock && text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static List<Block> Blocks(IEnumerable<HtmlNode> nodes)
    {
        var blocks = new List<Block>();
        var inline = new StringBuilder();
        void Flush(bool tight)
        {
            var text = CleanLines(inline.ToString());
            inline.Clear();
            if (text.Length > 0)
            {
                blocks.Add(new Block(text, tight));
            }
        }

        foreach (var node in nodes)
        {
            switch (node.Name)
            {
                case null:
                case "br":
                case "img":
                case "a":
                case "b" or "strong" or "i" or "em" or "code" or "span" or "font" or "u" or "s" or "del" or "sub" or "sup" or "mark" or "small" or "big" or "kbd":
                    inline.Append(Inline(node));
                    break;
                case var dropped when Dropped.Contains(dropped):
                    break;
                case "div" when HasClass(node, "math"):
                    Flush(tight: true);
                    blocks.Add(new Block("$$\n" + Unwrap(node.InnerText().Trim(), @"\[", @"\]").Trim() + "\n$$", false, true));
                    break;
                case "div":
                    // Anki's editor writes each line as a div: the lines stay apart, but form one paragraph.
                    Flush(tight: true);
                    var inner = Blocks(node.Children);
                    if (inner.Count > 0)
                    {
                        inner[0] = inner[0] with { Tight = true };
                    }

                    blocks.AddRange(inner);
                    break;
                case "p":
                    Flush(tight: true);
                    blocks.AddRange(Blocks(node.Children).Select((b, i) => i == 0 ? b with { Tight = false } : b));
                    break;
                case "ul" or "ol":
                    Flush(tight: true);
                    blocks.Add(new Block(List(node), false, true));
                    break;
                case "pre":
                    Flush(tight: true);
                    blocks.Add(new Block(Code(node), false, true));
                    break;
                case "hr":
                    Flush(tight: true);
                    blocks.Add(new Block("---", false, true));
                    break;
                case "blockquote":
                    Flush(tight: true);
                    blocks.Add(new Block(Prefix(Join(Blocks(node.Children)), "> ", "> "), false, true));
                    break;
                case "table":
                    Flush(tight: true);
                    blocks.Add(new Block(Table(node), false, true));
                    break;
                case var heading when heading.Length == 2 && heading[0] == 'h' && heading[1] is >= '1' and <= '6':
                    Flush(tight: true);
                    blocks.Add(new Block(new string('#', heading[1] - '0') + " " + CleanLines(Inline(node)).Replace('\n', ' '), false, true));
                    break;
                default:
                    // Other containers (li outside a list, section, center, dl…): their content, as its own blocks.
                    Flush(tight: true);
                    blocks.AddRange(Blocks(node.Children));
                    break;
            }
        }

        Flush(tight: true);
        return blocks;
    }

    private static string Inline(HtmlNode node)
    {
        if (node.Name is null)
        {
            return Whitespace().Replace(node.Text!.Replace('\u00a0', ' '), " ");
        }

        var inner = string.Concat(node.Children.Select(Inline));
        switch (node.Name)
        {
            case "br":
                return "\n";
            case "img":
                var source = node.Attribute("src");
                return string.IsNullOrWhiteSpace(source) ? string.Empty : $"![{node.Attribute("alt") ?? string.Empty}]({source.Trim()})";
            case "a":
                var target = node.Attribute("href");
                return string.IsNullOrWhiteSpace(target) || inner.Trim().Length == 0 ? inner : $"[{inner.Trim()}]({target.Trim()})";
            case "span" when HasClass(node, "math"):
                // MathJax's inline delimiters, as the exporter writes them, back to the dollars Viva's answers use.
                return "$" + Unwrap(node.InnerText().Trim(), @"\(", @"\)") + "$";
            case "b" or "strong":
                return Wrap(inner, "**");
            case "i" or "em":
                return Wrap(inner, "*");
            case "code":
                var code = node.InnerText().Replace('\n', ' ');
                var ticks = code.Contains('`', StringComparison.Ordinal) ? "``" : "`";
                return code.Length == 0 ? string.Empty : ticks + (ticks.Length > 1 ? $" {code} " : code) + ticks;
            case var dropped when Dropped.Contains(dropped):
                return string.Empty;
            case "div" or "p" or "li" or "tr":
                return "\n" + inner + "\n";
            default:
                return inner;
        }
    }

    private static bool HasClass(HtmlNode node, string name) =>
        (node.Attribute("class") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal);

    private static string Unwrap(string text, string open, string close) =>
        text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal) && text.Length >= open.Length + close.Length
            ? text[open.Length..^close.Length] : text;

    // Emphasis markers must touch their text, so surrounding spaces move outside.
    private static string Wrap(string inner, string marker)
    {
        var trimmed = inner.Trim();
        if (trimmed.Length == 0)
        {
            return inner;
        }

        var lead = inner[..(inner.Length - inner.TrimStart().Length)];
        var tail = inner[inner.TrimEnd().Length..];
        return lead + marker + trimmed + marker + tail;
    }

    private static string List(HtmlNode list)
    {
        var ordered = list.Name == "ol";
        var number = ordered && int.TryParse(list.Attribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var items = new List<string>();
        foreach (var child in list.Children)
        {
            if (child.Name is null && string.IsNullOrWhiteSpace(child.Text))
            {
                continue;
            }

            // Within an item everything stays tight, nested lists included.
            var body = string.Join('\n', Blocks(child.Name == "li" ? child.Children : [child]).Select(b => b.Text).Where(t => t.Length > 0));
            var marker = ordered ? $"{number++}. " : "- ";
            items.Add(Prefix(body.Length == 0 ? string.Empty : body, marker, new string(' ', marker.Length)).TrimEnd());
        }

        return string.Join('\n', items);
    }

    private static string Code(HtmlNode pre)
    {
        var code = pre.Children.FirstOrDefault(c => c.Name == "code");
        var language = (code?.Attribute("class") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.StartsWith("language-", StringComparison.Ordinal) ? c["language-".Length..] : null).FirstOrDefault(c => c is not null) ?? string.Empty;
        var text = pre.InnerText().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\u00a0', ' ').Trim('\n');
        var fence = text.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
        return $"{fence}{language}\n{text}\n{fence}";
    }

    private static string Table(HtmlNode table)
    {
        var rows = Descendants(table).Where(n => n.Name == "tr")
            .Select(tr => tr.Children.Where(c => c.Name is "td" or "th").Select(c => CleanLines(Inline(c)).Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal)).ToList())
            .Where(r => r.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return string.Empty;
        }

        var lines = rows.Select(r => "| " + string.Join(" | ", r) + " |").ToList();
        lines.Insert(1, "|" + string.Concat(Enumerable.Repeat(" --- |", rows[0].Count)));
        return string.Join('\n', lines);
    }

    private static IEnumerable<HtmlNode> Descendants(HtmlNode node) => node.Children.SelectMany(c => c.Name == "table" ? [] : new[] { c }.Concat(Descendants(c)));

    private static string Prefix(string text, string first, string rest) =>
        string.Join('\n', text.Split('\n').Select((line, i) => (i == 0 ? first : line.Length == 0 ? rest.TrimEnd() : rest) + line));

    private static string Join(List<Block> blocks)
    {
        var text = new StringBuilder();
        Block? previous = null;
        foreach (var block in blocks.Where(b => b.Text.Length > 0))
        {
            if (previous is not null)
            {
                text.Append(block.Tight && !block.Structural && !previous.Structural ? "\n" : "\n\n");
            }

            text.Append(block.Text);
            previous = block;
        }

        return text.ToString();
    }

    private static string CleanLines(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.Trim()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse());

    // A tight block follows the one before on the next line (lines of one paragraph); a structural block (list, code, table,
    // quote, heading) always stands apart, or the line after a list would continue its last item.
    private sealed record Block(string Text, bool Tight, bool Structural = false);

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();
}
