using Viva.Web.Rendering;

namespace Viva.Web.Tests.Rendering;

public sealed class MarkdownHtmlTests
{
    public sealed class TheRenderMethod
    {
        [Fact]
        public void Should_Show_Raw_Html_As_Text()
        {
            // When
            var html = MarkdownHtml.Render("Hello <script>alert(1)</script> <b onmouseover=x>bold</b>");

            // Then
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("[x](javascript:alert(1))")]
        [InlineData("[x](JaVaScRiPt:alert(1))")]
        [InlineData("[x](data:text/html,hi)")]
        [InlineData("[x](//evil.example/)")]
        [InlineData("![x](vbscript:msgbox)")]
        [InlineData("<javascript:alert(1)>")]
        public void Should_Drop_Addresses_That_Are_Not_Http_Or_Relative(string markdown)
        {
            // When
            var html = MarkdownHtml.Render(markdown);

            // Then
            Assert.Contains("href=\"#\"", html.Replace("src=\"#\"", "href=\"#\"", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("[x](https://example.org/a)", "https://example.org/a")]
        [InlineData("[x](http://example.org)", "http://example.org")]
        [InlineData("[x](notes/other.md#part)", "notes/other.md#part")]
        [InlineData("[x](#anchor)", "#anchor")]
        public void Should_Keep_Http_And_Relative_Links(string markdown, string url)
        {
            // When
            var html = MarkdownHtml.Render(markdown);

            // Then
            Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
        }
    }
}
