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

    [Fact]
    public void Should_Weigh_The_Imported_Answer_Against_Each_Candidates_Answer_Or_Mark_It_Missing()
    {
        // Given: an imported question and two curated candidates, the first answered much like the imported one.
        string[] texts = ["What is dropout?", "What is weight decay?", "Explain dropout."];
        var model = SimilarityModel.Build(texts);
        var names = LinkFeatures.CuratedNames.ToList();

        // When
        var answered = LinkFeatures.Curated(model, 2, [(0, 0.8f), (1, 0.6f)], [0.8f, 0.6f], texts, [0.9f, 0.3f]);
        var unanswered = LinkFeatures.Curated(model, 2, [(0, 0.8f), (1, 0.6f)], [0.8f, 0.6f], texts);

        // Then: the closer answer leads by the gap; without an answer both read 0 and say so.
        Assert.Equal(0.9, answered[0][names.IndexOf("answer_meaning")], 5);
        Assert.Equal(0.6, answered[0][names.IndexOf("answer_meaning_lead")], 5);
        Assert.Equal(-0.6, answered[1][names.IndexOf("answer_meaning_lead")], 5);
        Assert.All(answered, row => Assert.Equal(0, row[names.IndexOf("answer_missing")]));
        Assert.All(unanswered, row => Assert.Equal((0.0, 0.0, 1.0), (row[names.IndexOf("answer_meaning")], row[names.IndexOf("answer_meaning_lead")], row[names.IndexOf("answer_missing")])));
    }

    [Fact]
    public void Should_Give_A_Cosine_Per_Candidate_Only_When_The_Imported_Question_Has_An_Answer()
    {
        // Given: question 0 is curated and answered, 1 is imported and answered, 2 is imported without an answer.
        float[]?[] answers = [[1f, 0f], [0.6f, 0.8f], null];

        // When
        var withAnswer = LinkFeatures.AnswerCosines(answers, 1, [(0, 0.5f)]);
        var without = LinkFeatures.AnswerCosines(answers, 2, [(0, 0.5f)]);

        // Then
        Assert.Equal(0.6f, Assert.Single(withAnswer!), 5);
        Assert.Null(without);
    }
}
