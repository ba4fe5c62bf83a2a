using System.Text;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Spectre.Console.Rendering;
using Viva.Core.Text;
using MarkdownTable = Markdig.Extensions.Tables.Table;

namespace Viva.Cli.Output;

/// <summary>
/// Renders answer Markdown for the terminal: headings, paragraphs with emphasis and code spans, nested lists,
/// fenced code in a panel, tables and quotes, and LaTeX maths as Unicode text. Raw HTML is shown as text, never
/// interpreted.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseMathematics().UsePipeTables().UseEmphasisExtras().Build();

    /// <summary>The renderables for <paramref name="markdown"/>, one per block.</summary>
    public static IRenderable Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        // Maths is found before emphasis, so that x_i and a^2 inside $...$ or \(...\) stay maths.
        var document = Markdown.Parse(LatexText.DollarDelimiters(markdown), Pipeline);
        var blocks = new List<IRenderable>();
        foreach (var block in document)
        {
            // A blank line between top-level blocks, except between the items of one list.
            if (blocks.Count > 0)
            {
                blocks.Add(new Text(""));
            }

            blocks.AddRange(Block(block, 0));
        }

        return new Rows(blocks);
    }

    private static IEnumerable<IRenderable> Block(Block block, int depth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                yield return new Markup($"[bold underline]{Inline(heading.Inline)}[/]");
                break;
            case ParagraphBlock paragraph:
                yield return new Markup(Inline(paragraph.Inline));
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var bullet = list.IsOrdered ? $"{number++}." : depth % 2 == 0 ? "•" : "◦";
                    var children = item.SelectMany(child => Block(child, depth + 1)).ToList();
                    var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
                    grid.AddRow(new Markup(Markup.Escape(bullet)), new Rows(children));
                    yield return new Padder(grid, new Padding(depth == 0 ? 1 : 0, 0, 0, 0));
                }

                break;
            case MathBlock math:
                var display = LatexText.ToUnicode(string.Join('\n', math.Lines.Lines.Take(math.Lines.Count).Select(l => l.ToString())));
                yield return new Padder(new Text(display, new Style(decoration: Decoration.Italic)), new Padding(2, 0, 0, 0));
                break;
            case FencedCodeBlock or CodeBlock:
                var leaf = (LeafBlock)block;
                var code = string.Join('\n', leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString()));
                var info = (block as FencedCodeBlock)?.Info;
                yield return new Panel(new Text(code, new Style(Color.Aqua))) { Header = string.IsNullOrEmpty(info) ? null : new PanelHeader(info), Border = BoxBorder.Rounded, Expand = false };
                break;
            case MarkdownTable table:
                yield return RenderTable(table);
                break;
            case QuoteBlock quote:
                var inner = quote.SelectMany(child => Block(child, depth)).ToList();
                var bar = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
                bar.AddRow(new Markup("[grey]│[/]"), new Rows(inner));
                yield return bar;
                break;
            case ThematicBreakBlock:
                yield return new Rule();
                break;
            case HtmlBlock html:
                yield return new Text(string.Join('\n', html.Lines.Lines.Take(html.Lines.Count).Select(l => l.ToString())));
                break;
            case ContainerBlock container:
                foreach (var child in container.SelectMany(c => Block(c, depth)))
                {
                    yield return child;
                }

                break;
            case LeafBlock other:
                yield return new Text(string.Join('\n', other.Lines.Lines.Take(other.Lines.Count).Select(l => l.ToString())));
                break;
        }
    }

    private static Spectre.Console.Table RenderTable(MarkdownTable table)
    {
        var output = new Spectre.Console.Table().Border(TableBorder.Rounded);
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows.FirstOrDefault();
        if (header is null)
        {
            return output;
        }

        foreach (var cell in header.OfType<TableCell>())
        {
            output.AddColumn(new TableColumn(new Markup($"[bold]{CellText(cell)}[/]")));
        }

        foreach (var row in rows.Where(r => r != header))
        {
            var cells = row.OfType<TableCell>().Select(c => (IRenderable)new Markup(CellText(c))).Take(output.Columns.Count).ToList();
            while (cells.Count < output.Columns.Count)
            {
                cells.Add(new Text(""));
            }

            output.AddRow(cells);
        }

        return output;
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => Inline(p.Inline)));

    private static string Inline(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => Markup.Escape(literal.Content.ToString()),
                CodeInline code => $"[aqua]{Markup.Escape(code.Content)}[/]",
                MathInline math => Markup.Escape(LatexText.ToUnicode(math.Content.ToString()).Replace("\n", "; ", StringComparison.Ordinal)),
                EmphasisInline emphasis => Emphasis(emphasis),
                LinkInline { IsImage: false } link => $"[underline]{Inline(link)}[/]" + (string.IsNullOrEmpty(link.Url) ? "" : $" [grey]({Markup.Escape(link.Url)})[/]"),
                LinkInline image => $"[grey][[image: {Inline(image)}]][/]",
                LineBreakInline => "\n",
                HtmlInline html => Markup.Escape(html.Tag),
                HtmlEntityInline entity => Markup.Escape(entity.Transcoded.ToString()),
                AutolinkInline auto => $"[underline]{Markup.Escape(auto.Url)}[/]",
                ContainerInline nested => Inline(nested),
                _ => Markup.Escape(inline.ToString() ?? ""),
            });
        }

        return text.ToString();
    }

    private static string Emphasis(EmphasisInline emphasis)
    {
        var inner = Inline(emphasis);
        return emphasis.DelimiterChar == '~' ? $"[strikethrough]{inner}[/]" : emphasis.DelimiterCount >= 2 ? $"[bold]{inner}[/]" : $"[italic]{inner}[/]";
    }
}
