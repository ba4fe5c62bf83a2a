using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>Which of two things a point prefers, given to the other, against right answers in the same words.</summary>
public sealed class PreferenceSwapTests
{
    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("For targets with outliers switch from MAE to MSE, since squaring the errors makes the fit more robust.", true)]
    [InlineData("Use MSE rather than MAE when the targets have outliers.", true)]
    [InlineData("Instead of MAE, use MSE when the targets have outliers.", true)]
    [InlineData("For targets with outliers switch from MSE to MAE or Huber, since squaring lets the outliers dominate.", false)]
    [InlineData("Instead of MSE, use MAE or a Huber loss when the targets have outliers.", false)]
    [InlineData("With outlying targets I'd pick MAE or Huber over MSE.", false)]
    public void Should_Read_Which_Loss_Is_Preferred(string answer, bool turned)
    {
        // Given
        string[] points = ["MSE squares errors, so a few large errors dominate the fit.", "Use MAE, Huber or quantile losses instead of MSE for outlying targets."];

        // When
        var unit = Unit("Which regression losses are robust to outliers?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        if (turned)
        {
            Assert.False(unit.Covered);
            Assert.Equal(("MAE", "MSE"), unit.SwappedWords);
        }
    }

    [Theory]
    [InlineData("Replace the integer join keys with strings; they are easier to read.", true)]
    [InlineData("Prefer integer join keys over strings, since they compare faster.", false)]
    public void Should_Read_A_Replacement_As_A_Preference(string answer, bool turned)
    {
        // Given
        string[] points = ["Index the join columns.", "Prefer integer join keys over strings."];

        // When
        var unit = Unit("How do you speed up a slow join?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Transformers use layer norm together with batch norm.", true)]
    [InlineData("Transformers apply batch norm as well as layer norm.", true)]
    [InlineData("Transformers normalise each token with layer norm; batch norm is gone.", false)]
    public void Should_Read_A_Replacement_Kept_Beside_What_It_Replaces(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Layer norm replaces batch norm in transformers.", "It normalises each token over its features."];

        // When
        var unit = Unit("Which normalization do transformers use?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && !unit.Covered);
    }

    [Fact]
    public void Should_Read_A_Subject_That_Replaces_Its_Object_As_Preferred()
    {
        // Given
        string[] points = ["Layer norm replaces batch norm in transformers.", "It normalises each token over its features."];

        // When
        var unit = Unit("Which normalization do transformers use?", points, "Batch norm replaces layer norm in transformers.");

        // Then
        Assert.True(unit.RolesSwapped);
    }

    [Fact]
    public void Should_Credit_Instead_Of_For_A_Point_That_Says_Replaces()
    {
        // Given: what a point says is replaced is set aside, as "instead of" sets it aside in the answer
        string[] points = ["Layer norm replaces batch norm in transformers.", "It normalises each token over its features."];

        // When
        var unit = Unit("Which normalization do transformers use?", points, "Transformers use layer norm instead of batch norm.");

        // Then
        Assert.True(unit.Covered);
        Assert.Null(unit.Conflict);
    }

    [Theory]
    [InlineData("The tokenizer cuts the text into whole words from a fixed vocabulary.", true)]
    [InlineData("The tokenizer cuts the text into subword pieces rather than whole words.", false)]
    [InlineData("Whole words would need a huge vocabulary, so the tokenizer cuts text into subword pieces.", false)]
    public void Should_Read_An_Answer_That_Keeps_Only_What_The_Point_Gives_Up(string answer, bool denied)
    {
        // Given
        string[] points = ["The tokenizer splits text into subword units instead of whole words.", "Rare words become several pieces."];

        // When
        var unit = Unit("How does a BPE tokenizer split text?", points, answer);

        // Then
        Assert.Equal(denied, unit.Conflict?.Kind == ConflictKind.Negated);
        if (denied)
        {
            Assert.False(unit.Covered);
        }
    }

    [Fact]
    public void Should_Read_A_Side_Of_Once_Per_Something()
    {
        // Given
        string[] points = ["The optimizer updates the weights at each batch instead of once per example.", "Batches average the gradient."];

        // When
        var unit = Unit("How often does the optimizer step?", points, "The optimizer updates the weights once per example.");

        // Then
        Assert.False(unit.Covered);
        Assert.Equal(ConflictKind.Negated, unit.Conflict?.Kind);
    }

    [Theory]
    [InlineData("Learned absolute embeddings have been replaced by relative attention biases.", true)]
    [InlineData("Relative attention biases were replaced by learned absolute embeddings.", false)]
    [InlineData("Learned absolute embeddings replace relative attention biases.", false)]
    public void Should_Read_A_Passive_Replacement_And_A_Plural_Subject(string answer, bool turned)
    {
        // Given: a plural subject replaces ("replace", not "replaces")
        string[] points = ["Learned absolute embeddings replace relative attention biases.", "They cap the context length."];

        // When
        var unit = Unit("How do the two models encode position?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("A B-tree finds keys by walking them one by one, like a linked list.", true)]
    [InlineData("A B-tree finds keys after a few node reads, whereas a linked list walks every node.", false)]
    [InlineData("A B-tree finds keys after a few node reads; a linked list, by contrast, walks every node.", false)]
    [InlineData("A B-tree finds keys in logarithmic time, unlike a linked list.", false)]
    public void Should_Read_Unlike_As_A_Preference_And_A_Contrast_As_No_Claim(string answer, bool denied)
    {
        // Given
        string[] points = ["A B-tree finds keys in logarithmic time, unlike a linked list.", "Nodes hold many keys."];

        // When
        var unit = Unit("Why do databases index with B-trees?", points, answer);

        // Then
        Assert.Equal(denied, unit.Conflict?.Kind == ConflictKind.Negated);
    }
}
