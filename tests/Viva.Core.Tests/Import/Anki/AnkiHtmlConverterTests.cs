using Viva.Core.Import.Anki;

namespace Viva.Core.Tests.Import.Anki;

public sealed class AnkiHtmlConverterTests
{
    [Theory]
    [InlineData("<div>one</div><div>two</div>", "one\ntwo")]
    [InlineData("first<br>second<br/>third", "first\nsecond\nthird")]
    [InlineData("<p>one</p>\n<p>two</p>", "one\n\ntwo")]
    [InlineData("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>", "- a\n- b\n  - c")]
    [InlineData("<ol start=\"3\"><li>x</li><li>y</li></ol>", "3. x\n4. y")]
    [InlineData("<ul><li>a</li></ul>after", "- a\n\nafter")]
    [InlineData("<pre><code class=\"language-python\">if a &lt; b:\n    pass\n</code></pre>", "```python\nif a < b:\n    pass\n```")]
    [InlineData("use <code>x[0]</code> and <b>bold</b>, <i>it</i>", "use `x[0]` and **bold**, *it*")]
    [InlineData("<a href=\"https://example.org/a?b=1&amp;c=2\">paper</a>", "[paper](https://example.org/a?b=1&c=2)")]
    [InlineData("<img src=\"diagram.png\"> [sound:say.mp3]", "![](diagram.png) [sound:say.mp3]")]
    [InlineData("a&nbsp;&amp;&nbsp;b <script>alert(1)</script><style>p{}</style>", "a & b")]
    [InlineData("<table><tr><th>k</th><th>v</th></tr><tr><td>1</td><td>a|b</td></tr></table>", "| k | v |\n| --- | --- |\n| 1 | a\\|b |")]
    [InlineData("x <span class=\"math\">\\(\\sigma^2\\)</span>", "x $\\sigma^2$")]
    [InlineData("<b>unclosed <i>tags", "**unclosed *tags***")]
    [InlineData("</div>stray end", "stray end")]
    public void Should_Turn_Field_Html_Into_Markdown(string html, string markdown) =>
        Assert.Equal(markdown, AnkiHtmlConverter.ToMarkdown(html));

    [Theory]
    [InlineData("What is <b>bias</b>?", "What is bias?")]
    [InlineData("<div>Line one</div><div>line&nbsp;two</div>", "Line one\nline two")]
    [InlineData("Name it: <img src=\"occlusion.png\">", "Name it: ![](occlusion.png)")]
    public void Should_Read_A_Question_As_Plain_Text(string html, string text) =>
        Assert.Equal(text, AnkiHtmlConverter.ToPlainText(html));

    [Fact]
    public void Should_Give_Back_The_Markdown_It_Rendered()
    {
        var markdown = "Paragraph with **bold**, *italic*, `code` and [a link](https://example.org).\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n\n```sql\nSELECT 1;\n```\n\n> quoted\n\n| a | b |\n| --- | --- |\n| 1 | 2 |";
        Assert.Equal(markdown, AnkiHtmlConverter.ToMarkdown(AnkiHtmlRenderer.ToHtml(markdown)));
    }

    [Fact]
    public void Should_Render_Raw_Html_And_Script_Links_Harmless()
    {
        var html = AnkiHtmlRenderer.ToHtml("<script>alert(1)</script> [x](javascript:alert(1)) [y](https://example.org)");
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
    }
}
