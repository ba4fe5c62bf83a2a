using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("L1 adds `λ·Σ|w|` to the **loss**", "L1 adds λ·Σ|w| to the loss")]
    [InlineData("Shrinks by $\\lambda \\sum_i w_i^2$.", "Shrinks by lambda sum i w i 2 .")]
    [InlineData("See [the docs](https://x.y) and ![a plot](p.png).", "See the docs and a plot.")]
    [InlineData("<b>Bold</b> and <!-- a comment --> __under__", "Bold and under")]
    public void Should_Strip_Markdown_Inline_Marks(string markdown, string plain) =>
        Assert.Equal(plain, Squash(PlainText.FromMarkdown(markdown)));

    [Fact]
    public void Should_Put_Blocks_On_Lines_And_Drop_Code_And_Table_Rules()
    {
        // Given
        const string markdown = "First paragraph\nwrapped here.\n\n- item one\n- item two\n\n```python\nx = 1\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

        // When
        var lines = PlainText.FromMarkdown(markdown).Split('\n').Select(Squash);

        // Then
        Assert.Equal(["First paragraph wrapped here.", "item one", "item two", "a ; b", "1 ; 2"], lines);
    }

    private static string Squash(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
