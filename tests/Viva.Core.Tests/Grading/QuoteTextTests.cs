using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class QuoteTextTests
{
    [Fact]
    public void Should_Keep_Both_Ends_Of_A_Long_Passage()
    {
        // Given
        const string passage = "gradient descent takes a step against the gradient of the loss, scaled by the learning rate, and repeats until the loss stops falling";

        // When
        var quote = QuoteText.Elide(passage, 60);

        // Then
        Assert.True(quote.Length <= 62, quote);
        Assert.StartsWith("gradient descent", quote, StringComparison.Ordinal);
        Assert.EndsWith("stops falling", quote, StringComparison.Ordinal);
        Assert.Contains(" … ", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Leave_A_Short_Passage_Whole_On_One_Line()
    {
        Assert.Equal("push and pop at the top", QuoteText.Elide("push and pop\n at the top", 60));
    }
}
