using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A quotient the answer turns upside down, against answers that divide the point's way.</summary>
public sealed class QuotientSwapTests
{
    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Precision is the predicted positives divided by the true positives.", true)]
    [InlineData("Precision is the true positives divided by all predicted positives.", false)]
    [InlineData("Precision counts the true positives among all predicted positives.", false)]
    public void Should_Read_Which_Count_Divides_Which(string answer, bool turned)
    {
        // Given
        string[] points = ["Precision is true positives divided by predicted positives.", "Recall is true positives over actual positives."];

        // When
        var unit = Unit("What is precision?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        if (turned)
        {
            Assert.False(unit.Covered);
        }
    }

    [Theory]
    [InlineData("It is the ratio of noise power to signal power.", true)]
    [InlineData("It is the ratio of signal power to noise power, often in decibels.", false)]
    public void Should_Read_A_Ratio_Of_One_Thing_To_Another(string answer, bool turned)
    {
        // Given: "power" stands on both sides, so only "signal" and "noise" tell
        string[] points = ["SNR is the ratio of signal power to noise power.", "It is usually given in decibels."];

        // When
        var unit = Unit("What is the signal-to-noise ratio?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Recall is P/TP.", true)]
    [InlineData("Recall is TP / P.", false)]
    public void Should_Read_A_Slash_Between_Symbols(string answer, bool turned)
    {
        // Given
        string[] points = ["Recall is TP/P, with P the actual positives.", "It ignores false positives."];

        // When
        var unit = Unit("What is recall?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }

    [Fact]
    public void Should_Read_A_Slash_Between_Words_As_Or()
    {
        // Given
        string[] points = ["The threshold sets the precision/recall trade-off.", "Plot the PR curve."];

        // When
        var unit = Unit("How do you pick a threshold?", points, "The threshold sets the recall/precision trade-off.");

        // Then
        Assert.False(unit.RolesSwapped);
    }

    [Fact]
    public void Should_Keep_A_Point_The_Answer_Also_States_The_Right_Way()
    {
        // Given
        string[] points = ["Precision is true positives divided by predicted positives.", "Recall is true positives over actual positives."];

        // When
        var unit = Unit("What is precision?", points, "Precision is true positives divided by predicted positives, never predicted positives divided by true positives.");

        // Then
        Assert.False(unit.RolesSwapped);
    }
}
