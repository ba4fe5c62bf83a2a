using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A claim said to hold whatever the key point's thing is, against answers that make it turn on that thing.</summary>
public sealed class DeniedDependenceTests
{
    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Use the same batch size whatever the memory of the GPU.", true)]
    [InlineData("Keep one batch size regardless of how much GPU memory you have.", true)]
    [InlineData("Pick the batch size from how much memory the GPU has.", false)]
    [InlineData("Whatever the model, the batch size is set by the GPU memory.", false)]
    public void Should_Read_A_Claim_Set_Free_Of_The_Points_Thing(string answer, bool denied)
    {
        // Given
        string[] points = ["Choose the batch size from the available GPU memory.", "Larger batches need a larger learning rate."];

        // When
        var unit = Unit("How do you choose a batch size?", points, answer);

        // Then
        Assert.Equal(denied, unit.Conflict is { Kind: ConflictKind.Negated });
        Assert.True(!denied || !unit.Covered);
    }

    [Theory]
    [InlineData("It simply takes whatever looks best at each step and never goes back.")]
    [InlineData("Whatever the input, it takes the best-looking choice at each step and never goes back.")]
    public void Should_Keep_A_Point_That_Leaves_A_Choice_Free(string answer)
    {
        // Given: "whatever" before a claim, and a point that itself says "any"
        string[] points = ["A greedy algorithm commits to any locally best choice and never backtracks."];

        // When
        var unit = Unit("What is a greedy algorithm?", points, answer);

        // Then
        Assert.Null(unit.Conflict);
    }

    [Theory]
    [InlineData("The gate value stays fixed for every token, like a plain residual.", true)]
    [InlineData("The gate value is the same across all tokens.", true)]
    [InlineData("The gate value is computed from each token as it arrives.", false)]
    public void Should_Read_A_Thing_Kept_Fixed_For_Every_One_As_Free_Of_It(string answer, bool denied)
    {
        // Given
        string[] points = ["The gate value depends on the current token.", "The gate is a sigmoid."];

        // When
        var unit = Unit("How does the gate work?", points, answer);

        // Then
        Assert.Equal(denied, unit.Conflict is { Kind: ConflictKind.Negated });
    }

    [Fact]
    public void Should_Keep_A_Point_That_Itself_Keeps_A_Thing_Fixed()
    {
        // Given
        string[] points = ["Convolution weights are fixed per position, while attention weights depend on content."];

        // When
        var unit = Unit("How does convolution differ from attention?", points, "Convolution weights are fixed for each position, whereas attention weights depend on the content.");

        // Then
        Assert.Null(unit.Conflict);
    }
}
