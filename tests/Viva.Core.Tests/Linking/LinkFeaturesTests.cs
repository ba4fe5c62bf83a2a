using Viva.Core.Linking;

namespace Viva.Core.Tests.Linking;

public sealed class LinkFeaturesTests
{
    [Theory]
    [InlineData("What is Deep Learning and How is it Different from Traditional Machine Learning?")]
    [InlineData("How does deep learning differ from machine learning?")]
    [InlineData("Batch norm vs layer norm")]
    [InlineData("Compare bagging and boosting.")]
    public void Should_Recognise_A_Question_That_Asks_How_Things_Differ(string text)
    {
        // When
        var asks = LinkFeatures.AsksComparison(text);

        // Then
        Assert.True(asks);
    }

    [Theory]
    [InlineData("What is deep learning?")]
    [InlineData("What are the different types of activation functions?")]
    public void Should_Not_Take_Different_Kinds_For_A_Comparison(string text)
    {
        // When
        var asks = LinkFeatures.AsksComparison(text);

        // Then
        Assert.False(asks);
    }

    [Fact]
    public void Should_Read_The_Library_A_Long_Prompt_Asks_About_From_Its_Opening()
    {
        // Given: a prompt that only mentions TensorFlow among its examples, a general curated question and a TensorFlow one.
        string[] texts =
        [
            "How do you deploy a model to production?",
            "How do you deploy a model with TensorFlow Serving?",
            "Model Deployment: What are common approaches to deploying models? Describe serving via REST APIs or TensorFlow Serving.",
        ];
        var model = SimilarityModel.Build(texts);
        var names = LinkFeatures.CuratedNames.ToList();

        // When
        var rows = LinkFeatures.Curated(model, 2, [(0, 0.8f), (1, 0.8f)], [0.8f, 0.8f], texts);

        // Then: the whole text names TensorFlow, but the opening asks about no library, so only the TensorFlow question
        // is marked as asking about one the prompt does not.
        Assert.Equal(0, rows[0][names.IndexOf("curated_framework_unasked")]);
        Assert.Equal(1, rows[1][names.IndexOf("curated_framework_unasked")]);
        Assert.Equal(0, rows[1][names.IndexOf("framework_mismatch")]);
    }
}
