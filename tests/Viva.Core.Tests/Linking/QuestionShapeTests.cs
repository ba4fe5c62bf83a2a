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
    [InlineData("What is the use of the Random Forest algorithm?", AskedKind.Use)]
    [InlineData("What Are the Applications of a Recurrent Neural Network?", AskedKind.Use)]
    [InlineData("Which one would you prefer for your model, precision or recall?", AskedKind.Choice)]
    [InlineData("How do you use dropout?", AskedKind.How)]
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

    [Theory]
    [InlineData("What are vanishing and exploding gradients, and why do they happen?", AskedKind.Definition)]
    [InlineData("What is a random forest used for, and when is it a good choice?", AskedKind.Use)]
    [InlineData("When would you prioritize precision over recall, or the reverse?", AskedKind.When)]
    public void Should_Read_The_Kind_A_Question_Asks_First_Up_To_Its_First_Comma(string text, AskedKind expected) =>
        Assert.Equal(expected, QuestionShape.Of(text).FirstKind);

    [Theory]
    [InlineData("What is the use of the Random Forest algorithm?", "What is a random forest used for, and when is it a good choice?", true)]
    [InlineData("What is the use of the Random Forest algorithm?", "How does a random forest work?", false)]
    [InlineData("Which would you prefer, precision or recall?", "Which would you favour for fraud detection, precision or recall?", true)]
    [InlineData("Which would you prefer, precision or recall?", "What are precision and recall?", false)]
    [InlineData("What is KNN, how does it work?", "What is the difference between kNN and k-means?", false)]
    [InlineData("What is KNN, how does it work?", "How does k-nearest neighbours work, and how do you choose k?", true)]
    [InlineData("What Are Vanishing Gradients?", "What are vanishing and exploding gradients, and why do they happen?", true)]
    [InlineData("What is deep learning and how is it different from machine learning?", "What is deep learning, and what sets it apart from classical machine learning?", true)]
    public void Should_Tell_Whether_A_Curated_Question_Answers_The_Kind_Asked(string asked, string curated, bool expected) =>
        Assert.Equal(expected, QuestionShape.Of(asked).AgreesInKind(curated));
}
