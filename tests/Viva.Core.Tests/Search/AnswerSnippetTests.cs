using Viva.Core.Search;

namespace Viva.Core.Tests.Search;

public sealed class AnswerSnippetTests
{
    [Fact]
    public void Should_Give_Plain_Text_Without_Code_Or_Markup()
    {
        // Given
        const string answer = "**Dropout** zeroes a random share of units while [training](https://x.org).\n\n```python\nnn.Dropout(0.5)\n```\n- It acts as an `ensemble`.";

        // When
        var snippet = AnswerSnippet.From(answer);

        // Then
        Assert.Equal("Dropout zeroes a random share of units while training. It acts as an ensemble.", snippet);
    }

    [Fact]
    public void Should_Cut_A_Long_Answer_At_A_Word_With_An_Ellipsis()
    {
        // Given
        var answer = string.Join(' ', Enumerable.Repeat("regularization", 40));

        // When
        var snippet = AnswerSnippet.From(answer, 60);

        // Then
        Assert.EndsWith("regularization…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= 61, snippet);
    }

    [Fact]
    public void Should_Be_Empty_Without_An_Answer() => Assert.Equal("", AnswerSnippet.From(null));
}
