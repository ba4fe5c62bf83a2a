using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A point's word denied where the answer says the point and affirmed only of something else.</summary>
public sealed class SplitDenialTests
{
    private static UnitMatch Unit(string question, string point, string answer) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, [point], answer)).Units[0];

    [Theory]
    [InlineData("Hinge loss is non-convex in the margin but convex in the bias term.", "convex")]
    [InlineData("Hinge loss: non-convex in the margin, whereas the bias term keeps it convex.", "convex")]
    public void Should_Read_The_Word_Denied_Where_The_Point_Is_Said(string answer, string word)
    {
        // When
        var unit = Unit("Is hinge loss convex?", "Hinge loss is convex in the margin.", answer);

        // Then
        Assert.False(unit.Covered);
        Assert.Equal(ConflictKind.Negated, unit.Conflict?.Kind);
        Assert.Equal(word, unit.Conflict?.Word);
    }

    [Fact]
    public void Should_Read_A_Prefix_Denial_Beside_The_Word_Said_Of_A_Setting()
    {
        // When
        var unit = Unit("How does a voting ensemble combine its members?", "The ensemble prediction is the weighted average of the members' predictions.",
            "The ensemble prediction is the unweighted average of the members' predictions, whatever sample_weights holds.");

        // Then
        Assert.False(unit.Covered);
        Assert.Equal(ConflictKind.Negated, unit.Conflict?.Kind);
    }

    [Theory]
    // The affirming clause holds a point word the denying one lacks: the denial is of something else.
    [InlineData("Hinge loss isn't convex in the bias term, but it is convex in the margin.")]
    // Denying what it does to set up what it does instead.
    [InlineData("Hinge loss is convex in the margin, and it isn't smooth there.")]
    public void Should_Keep_A_Point_The_Answer_Affirms_Where_It_Is_Said(string answer)
    {
        // When
        var unit = Unit("Is hinge loss convex?", "Hinge loss is convex in the margin.", answer);

        // Then
        Assert.True(unit.Covered);
        Assert.Null(unit.Conflict);
    }

    [Fact]
    public void Should_Not_Read_A_Denied_Action_As_A_Denied_Quality()
    {
        // Given: the denial sets up what the encoder does instead
        const string answer = "The encoder doesn't output one fixed vector, it outputs the mean and variance of a Gaussian, and z is sampled from it.";

        // When
        var unit = Unit("How does a VAE encoder work?", "The encoder outputs a Gaussian over latent codes from which z is sampled.", answer);

        // Then
        Assert.Null(unit.Conflict);
    }
}
