using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A two-clause point whose things the answer pairs the other way round, against right answers in another order.</summary>
public sealed class ClauseExchangeTests
{
    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Variables are stored in 16-bit while the layers compute in float32.", true)]
    [InlineData("The layers compute in 16-bit while the variables stay in float32.", false)]
    [InlineData("While the variables stay in float32, the layers compute in 16-bit.", false)]
    public void Should_Read_Which_Words_Share_A_Clause(string answer, bool exchanged)
    {
        // Given
        string[] points = ["A dtype policy turns mixed precision on for the whole model.", "Layers compute in 16-bit while variables stay in float32."];

        // When
        var unit = Unit("How does mixed precision training work in Keras?", points, answer, 1);

        // Then
        Assert.Equal(exchanged, unit.RolesSwapped);
        Assert.Equal(!exchanged, unit.Covered);
    }

    [Theory]
    [InlineData("A larger alpha smooths more, while a smaller alpha reacts faster.", true)]
    [InlineData("Shrink alpha to smooth more; grow it to react faster.", false)]
    public void Should_Not_Read_Clauses_Said_In_Another_Order_As_Swapped(string answer, bool exchanged)
    {
        // Given
        string[] points = ["An exponential moving average weights recent values more.", "Larger alpha reacts faster; smaller alpha smooths more."];

        // When
        var unit = Unit("How do you choose the smoothing factor of an exponential moving average?", points, answer, 1);

        // Then
        Assert.Equal(exchanged, unit.RolesSwapped);
    }

    [Fact]
    public void Should_Not_Read_A_Passive_Restatement_As_Swapped()
    {
        // Given
        string[] points = ["Global methods describe overall behaviour; local methods explain individual predictions.", "SHAP and LIME are local methods."];

        // When
        var unit = Unit("What is the difference between global and local explanations?", points, "Individual predictions are explained by local methods, whereas global ones describe how the model behaves overall.");

        // Then
        Assert.False(unit.RolesSwapped);
        Assert.Equal(0, unit.Disorder);
    }
}
