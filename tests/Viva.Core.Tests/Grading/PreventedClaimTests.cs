using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A point's action said to be prevented ("stops X from V-ing"), against answers where the stopping agrees.</summary>
public sealed class PreventedClaimTests
{
    private static UnitMatch Unit(string question, string point, string answer) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, [point, "Other facts."], answer)).Units[0];

    [Theory]
    [InlineData("Warm-up keeps the learning rate from rising during the first steps.", true)]
    [InlineData("Warm-up prevents the learning rate from rising at the start of training.", true)]
    [InlineData("During warm-up the learning rate rises over the first steps.", false)]
    public void Should_Read_An_Action_Said_To_Be_Prevented(string answer, bool denied)
    {
        // When
        var unit = Unit("What is learning-rate warm-up?", "During warm-up the learning rate rises linearly over the first steps.", answer);

        // Then
        Assert.Equal(denied, unit.Conflict?.Kind == ConflictKind.Negated);
        if (denied)
        {
            Assert.False(unit.Covered);
        }
    }

    [Fact]
    public void Should_Agree_When_The_Point_Itself_Stops_Something()
    {
        // When
        var unit = Unit("What does early stopping do?", "Early stopping halts training when validation loss rises.",
            "Early stopping keeps the model from training on once the validation loss rises.");

        // Then
        Assert.NotEqual(ConflictKind.Negated, unit.Conflict?.Kind);
    }
}
