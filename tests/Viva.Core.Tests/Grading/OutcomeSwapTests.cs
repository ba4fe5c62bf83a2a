using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A cause paired with the other outcome the question compares, against answers that pair them as the points do.</summary>
public sealed class OutcomeSwapTests
{
    private const string Question = "Which models tend to high bias and which to high variance?";

    private static readonly string[] Points =
    [
        "Linear models on a handful of features tend to high bias.",
        "Deep trees grown without pruning tend to high variance.",
    ];

    private static UnitMatch Unit(string answer, int point) =>
        LexicalGrader.Default.Analyze(new GradingRequest(Question, string.Empty, Points, answer)).Units[point];

    [Theory]
    [InlineData("Linear models on a handful of features tend to high variance, while deep unpruned trees tend to high bias.", true)]
    [InlineData("Linear models on a handful of features tend to high bias, while deep unpruned trees tend to high variance.", false)]
    [InlineData("Linear models on a handful of features suffer from bias more than from variance.", false)]
    public void Should_Read_Which_Outcome_Shares_A_Clause_With_The_Points_Cause(string answer, bool swapped)
    {
        // When
        var linear = Unit(answer, 0);

        // Then
        Assert.Equal(swapped, linear.RolesSwapped);
        if (swapped)
        {
            Assert.False(linear.Covered);
        }
    }
}
