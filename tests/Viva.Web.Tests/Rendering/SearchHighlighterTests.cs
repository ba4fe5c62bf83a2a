using Viva.Web.Rendering;

namespace Viva.Web.Tests.Rendering;

public sealed class SearchHighlighterTests
{
    public sealed class TheHighlightMethod
    {
        [Fact]
        public void Should_Mark_Words_Starting_With_A_Query_Term_And_Encode_The_Rest()
        {
            // When
            var html = SearchHighlighter.Highlight("Why does <b>Dropout</b> reduce overfitting?", "dropout OVERFIT");

            // Then
            Assert.Equal("Why does &lt;b&gt;<mark>Dropout</mark>&lt;/b&gt; reduce <mark>overfitting</mark>?", html);
        }

        [Fact]
        public void Should_Only_Encode_When_The_Query_Has_No_Words()
        {
            // When
            var html = SearchHighlighter.Highlight("a < b", "?!");

            // Then
            Assert.Equal("a &lt; b", html);
        }
    }
}
