using Viva.Core.Linking;

namespace Viva.Core.Tests.Linking;

public sealed class PairFeaturesTests
{
    private static readonly float[] X = [1, 0, 0];
    private static readonly float[] Y = [0.6f, 0.8f, 0];

    [Fact]
    public void Should_Score_A_Pair_The_Same_Whichever_Question_Comes_First()
    {
        // Given
        string[] texts = ["How do you save a model in PyTorch?", "Model saving: what ways are there to save a trained model? Compare them.", "What is dropout?"];
        var model = SimilarityModel.Build(texts);

        // When
        var ab = PairFeatures.Of(model, texts, 0, 1, new PairSides(X, Y, X, Y, 2, 2));
        var ba = PairFeatures.Of(model, texts, 1, 0, new PairSides(Y, X, Y, X, 2, 2));

        // Then
        Assert.Equal(ab, ba);
    }

    [Fact]
    public void Should_Mark_A_Library_And_A_Comparison_Asked_On_One_Side_Only()
    {
        // Given: the opening of the second asks about no library (TensorFlow is only an example) but asks for a comparison.
        string[] texts =
        [
            "How do you save a model in PyTorch?",
            "How do you save a trained model and what is the difference between saving weights and the whole model? Give examples in TensorFlow.",
        ];
        var model = SimilarityModel.Build(texts);
        var names = PairFeatures.Names.ToList();

        // When
        var row = PairFeatures.Of(model, texts, 0, 1, new PairSides(X, Y, X, Y, -1, -1));

        // Then
        Assert.Equal(1, row[names.IndexOf("asked_framework_one_side")]);
        Assert.Equal(1, row[names.IndexOf("comparison_one_side")]);
        Assert.Equal(1, row[names.IndexOf("framework_mismatch")]);
    }

    [Fact]
    public void Should_Mark_The_Same_Nearest_Curated_Question_Only_When_The_Bank_Is_Linked_With_Them()
    {
        // Given
        string[] texts = ["What is dropout?", "Why do we use dropout?"];
        var model = SimilarityModel.Build(texts);
        var names = PairFeatures.Names.ToList();

        // When
        var same = PairFeatures.Of(model, texts, 0, 1, new PairSides(X, Y, X, Y, 7, 7));
        var other = PairFeatures.Of(model, texts, 0, 1, new PairSides(X, Y, X, Y, 7, 8));
        var none = PairFeatures.Of(model, texts, 0, 1, new PairSides(X, Y, X, Y, -1, -1));

        // Then
        Assert.Equal(1, same[names.IndexOf("same_nearest_curated")]);
        Assert.Equal(0, other[names.IndexOf("same_nearest_curated")]);
        Assert.Equal(0, none[names.IndexOf("same_nearest_curated")]);
        Assert.Equal(0.6, same[names.IndexOf("meaning")], 3);
    }

    [Theory]
    [InlineData("What is precision?", "Define precision and recall.")]
    [InlineData("What are autoencoders?", "What are autoencoders? And what are transformers?")]
    public void Should_Mark_A_Second_Topic_That_A_Short_Question_Asks_Beyond_The_Other(string narrow, string compound)
    {
        // Given
        string[] texts = [narrow, compound, "What is dropout?"];
        var model = SimilarityModel.Build(texts);
        var names = PairFeatures.Names.ToList();

        // When
        var row = PairFeatures.Of(model, texts, 0, 1, new PairSides(X, Y, X, Y, -1, -1));

        // Then
        Assert.Equal(1, row[names.IndexOf("extra_topic_one_side")]);
    }

    [Theory]
    [InlineData("What is dropout?", "What is dropout and how is it used?", 0)]
    [InlineData("What is batch normalization?", "What are the benefits of batch normalization?", 1)]
    [InlineData("What is cross-validation?", "Why do we use cross-validation?", 1)]
    [InlineData("Why do we use cross-validation?", "What are the benefits of cross-validation?", 0)]
    public void Should_Mark_Why_Or_When_Asked_On_One_Side_Only(string a, string b, int expected)
    {
        // Given
        string[] texts = [a, b];
        var model = SimilarityModel.Build(texts);
        var names = PairFeatures.Names.ToList();

        // When
        var row = PairFeatures.Of(model, texts, 0, 1, new PairSides(X, Y, X, Y, -1, -1));

        // Then
        Assert.Equal(0, row[names.IndexOf("extra_topic_one_side")]);
        Assert.Equal(expected, row[names.IndexOf("purpose_one_side")]);
    }
}
