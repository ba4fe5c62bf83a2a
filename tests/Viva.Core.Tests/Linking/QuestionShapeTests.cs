using Viva.Core.Linking;

namespace Viva.Core.Tests.Linking;

public sealed class QuestionShapeTests
{
    [Fact]
    public void Should_Read_A_Long_Prompt_As_Its_Title_And_Sub_Questions()
    {
        // Given
        const string text = "Dimensionality Reduction: Why is it important? Can you explain PCA and t-SNE. Give examples.";

        // When
        var shape = QuestionShape.Of(text);

        // Then
        Assert.Equal("Dimensionality Reduction", shape.Title);
        Assert.Equal(["Why is it important?", "Can you explain PCA and t-SNE.", "Give examples."], shape.Pieces);
        Assert.Equal(AskedKind.Why, shape.Kinds[0]);
        Assert.Equal(AskedKind.Definition, shape.Kinds[1]);
        Assert.Equal(AskedKind.List, shape.Kinds[2]);
    }

    [Theory]
    [InlineData("Ensemble Methods", AskedKind.Topic)]
    [InlineData("What is dropout?", AskedKind.Definition)]
    [InlineData("How would you define bagging?", AskedKind.Definition)]
    [InlineData("How do you handle missing data?", AskedKind.How)]
    [InlineData("What is the difference between L1 and L2?", AskedKind.Comparison)]
    [InlineData("What are the benefits of batch normalization?", AskedKind.Benefits)]
    [InlineData("When should you use classification over regression?", AskedKind.When)]
    [InlineData("What are the types of ensemble models?", AskedKind.List)]
    public void Should_Tell_What_Kind_Of_Answer_A_Sub_Question_Asks_For(string piece, AskedKind expected) =>
        Assert.Equal(expected, QuestionShape.KindOf(piece));

    [Fact]
    public void Should_Split_The_Head_Into_The_Topics_It_Joins()
    {
        // Given
        var shape = QuestionShape.Of("What is stride and padding?");

        // When
        var conjuncts = shape.HeadConjuncts();

        // Then
        Assert.Equal(["What is stride", "padding?"], conjuncts);
    }
}
