using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class QuoteTextClosedTests
{
    [Theory]
    [InlineData("The derivative is 2(w - 3), so", "The derivative is 2(w - 3", "The derivative is 2(w - 3)")]
    [InlineData("use f(g(x)) here", "f(g(x", "f(g(x))")]
    [InlineData("a (long aside that goes on and on) b", "a (long", "a (long")]
    [InlineData("plain words here", "plain words", "plain words")]
    [InlineData("ends (here. Then) more", "ends (here", "ends (here")]
    public void Should_Close_A_Bracket_The_Quote_Leaves_Open_When_It_Closes_Just_After(string answer, string quoted, string expected)
    {
        // Given
        var point = new CoveredPoint("point", answer.IndexOf(quoted, StringComparison.Ordinal), quoted.Length);

        // When
        var closed = QuoteText.Closed(answer, point);

        // Then
        Assert.Equal(expected, answer.Substring(closed.Start, closed.Length));
    }
}
