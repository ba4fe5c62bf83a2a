using System.Net;
using Viva.Web.Rendering;

namespace Viva.Web.Tests.Rendering;

/// <summary>Maths reaches the page as readable Unicode text, with its LaTeX kept for the typesetter.</summary>
public sealed class MathHtmlTests
{
    [Fact]
    public void Should_Render_Inline_And_Display_Maths_With_Fallback_Text()
    {
        // When
        var html = WebUtility.HtmlDecode(MarkdownHtml.Render("Ridge: $(X^\\top X + \\lambda I)^{-1}$ and \\(a_i\\).\n\n$$\n\\sigma^2_{\\text{noise}}\n$$\n"));

        // Then (entities decoded: ¹ and ² are sent as &#185; and &#178;)
        Assert.Contains("<span class=\"math\" data-tex=\"(X^\\top X + \\lambda I)^{-1}\">(XᵀX + λ I)⁻¹</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"math\" data-tex=\"a_i\">aᵢ</span>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"math math-display\" data-tex=\"\\sigma^2_{\\text{noise}}\">σ²ₙₒᵢₛₑ</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Escape_Maths_And_Text()
    {
        // When
        var html = MathHtml.Text("Is $a<b$ when <b>bold</b> costs $5?");

        // Then
        Assert.Equal("Is <span class=\"math\" data-tex=\"a&lt;b\">a&lt;b</span> when &lt;b&gt;bold&lt;/b&gt; costs $5?", html);
    }

    [Fact]
    public void Should_Leave_Code_Alone()
    {
        var html = MarkdownHtml.Render("`$x$`\n\n```\n$y$\n```");
        Assert.DoesNotContain("class=\"math", html, StringComparison.Ordinal);
    }
}
