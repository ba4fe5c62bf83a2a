using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A change the key point states said not to happen, against answers that state the change in other words.</summary>
public sealed class DeniedChangeTests
{
    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Quantizing to 4 bits leaves the accuracy of the model unchanged.", true)]
    [InlineData("The accuracy of the model stays the same at 4 bits, so nothing is lost.", true)]
    [InlineData("Squeezing the weights into very few bits can hurt the accuracy of the model.", false)]
    [InlineData("Accuracy of the model can degrade at 4 bits, even though the code stays the same.", false)]
    public void Should_Read_A_Change_Said_Not_To_Happen(string answer, bool denied)
    {
        // Given
        string[] points = ["Aggressive quantization can degrade model accuracy.", "Quantized weights need less memory."];

        // When
        var unit = Unit("What does quantization trade away?", points, answer);

        // Then
        Assert.Equal(denied, unit.Conflict is { Kind: ConflictKind.Negated });
        Assert.True(!denied || !unit.Covered);
    }

    [Theory]
    [InlineData("The gradient noise stays the same whatever batch size you pick.", true)]
    [InlineData("Gradient noise is unaffected by the batch size.", true)]
    [InlineData("The gradient noise goes down as the batch gets bigger.", false)]
    public void Should_Keep_A_Change_Said_In_Other_Words(string answer, bool denied)
    {
        // Given
        string[] points = ["Larger batches make the gradient noise shrink.", "Smaller batches regularise a little."];

        // When
        var unit = Unit("How does batch size affect training?", points, answer);

        // Then
        Assert.Equal(denied, unit.Conflict is { Kind: ConflictKind.Negated });
    }

    [Fact]
    public void Should_Not_Read_A_Point_That_Itself_Keeps_Something()
    {
        // Given: the point says what stays fixed as well as what changes
        string[] points = ["Scaling the features keeps the model unchanged but makes its training converge faster."];

        // When
        var unit = Unit("Why scale features?", points, "Scaling leaves the model itself unchanged.");

        // Then
        Assert.Null(unit.Conflict);
    }

    [Theory]
    [InlineData("Scaling features has no effect on k-NN or SVMs, since they only look at the ordering of values.", true)]
    [InlineData("Scaling features has no real impact on k-NN or on SVMs.", true)]
    [InlineData("Scaling the features changes the distances, so k-NN and SVMs give different answers.", false)]
    public void Should_Read_No_Effect_As_No_Change(string answer, bool denied)
    {
        // Given: "scaling features" names the same thing as "feature scaling"
        string[] points = ["Feature scaling changes distances, which matters for k-NN, SVMs, k-means and gradient descent.", "Kernels map data into a higher-dimensional space."];

        // When
        var unit = Unit("What is a feature space, and how do scaling and feature engineering change it?", points, answer);

        // Then
        Assert.Equal(denied, unit.Contradiction >= 0.15);
        Assert.True(!denied || !unit.Covered);
    }
}

