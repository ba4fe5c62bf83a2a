using Viva.Core.Linking;

namespace Viva.Core.Tests.Linking;

public sealed class PromptOpeningTests
{
    [Fact]
    public void Should_Take_A_Long_Prompt_Up_To_Its_First_Question_Mark()
    {
        // When
        var opening = PromptOpening.Of("Deep Learning: What is deep learning, and how does it differ from machine learning? Can you give examples?");

        // Then
        Assert.Equal("Deep Learning: What is deep learning, and how does it differ from machine learning?", opening);
    }

    [Theory]
    [InlineData("What is dropout?")]
    [InlineData("What is dropout?  ")]
    [InlineData("Explain dropout.")]
    [InlineData("")]
    public void Should_Have_No_Separate_Opening_When_The_Question_Is_One_Sentence(string text)
    {
        // When
        var opening = PromptOpening.Of(text);

        // Then
        Assert.Null(opening);
    }
}
