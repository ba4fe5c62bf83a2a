using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>
/// A key point's defining word said of the term another key point sets against the point's own: both terms and the word
/// are there, and only which term shares a clause with the word tells.
/// </summary>
public sealed class TermExchangeTests
{
    private const string Spread = "What are the common measures of central tendency and spread?";

    private static readonly string[] SpreadPoints =
    [
        "The mean uses all values but is sensitive to outliers.",
        "The median is robust to outliers.",
        "The mode is the measure that suits categorical data.",
        "In right-skewed data the mean exceeds the median.",
    ];

    private const string Errors = "What are Type I and Type II errors?";

    private static readonly string[] ErrorPoints =
    [
        "Type I error: rejecting a true null hypothesis, a false positive.",
        "Type II error: failing to reject a false null hypothesis, a false negative.",
        "The probability of a Type I error is α, the significance level.",
        "The probability of a Type II error is β, and power is 1 − β.",
    ];

    private static UnitMatch Unit(string question, string[] points, string answer, int point) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("The median gets dragged around by outliers, whereas the mean is the robust one.")]
    [InlineData("Outliers pull the median a long way; the mean is robust to them.")]
    public void Should_Not_Cover_A_Defining_Word_Said_Of_The_Other_Term(string answer)
    {
        // When
        var median = Unit(Spread, SpreadPoints, answer, 1);

        // Then
        Assert.True(median.RolesSwapped, $"'{answer}' calls the mean robust");
        Assert.False(median.Covered);
        Assert.Equal("median", median.SwappedWords?.First, ignoreCase: true);
        Assert.Equal("mean", median.SwappedWords?.Second, ignoreCase: true);
    }

    [Theory]
    [InlineData("The mean gets dragged around by outliers, whereas the median is the robust one.")]
    [InlineData("Unlike the mean, the median is robust to outliers.")]
    [InlineData("The median is more robust to outliers than the mean.")]
    [InlineData("Outliers pull the mean a long way; the median is robust to them.")]
    public void Should_Keep_A_Defining_Word_Said_Of_Its_Own_Term(string answer)
    {
        // When
        var median = Unit(Spread, SpreadPoints, answer, 1);

        // Then
        Assert.False(median.RolesSwapped, $"'{answer}' calls the median robust");
        Assert.True(median.Covered);
    }

    [Fact]
    public void Should_Set_Apart_Two_Points_That_Differ_After_A_Shared_Opening()
    {
        // Given
        const string swapped = "The significance level α is the probability of a Type II error, and β is the probability of a Type I error.";
        const string right = "The significance level α is the probability of a Type I error, and β is the probability of a Type II error.";

        // When
        var alpha = Unit(Errors, ErrorPoints, swapped, 2);
        var beta = Unit(Errors, ErrorPoints, swapped, 3);
        var alphaRight = Unit(Errors, ErrorPoints, right, 2);
        var betaRight = Unit(Errors, ErrorPoints, right, 3);

        // Then
        Assert.True(alpha.RolesSwapped, "α is given to Type II");
        Assert.True(beta.RolesSwapped, "β is given to Type I");
        Assert.False(alphaRight.RolesSwapped);
        Assert.False(betaRight.RolesSwapped);
        Assert.True(alphaRight.Covered);
    }

    [Fact]
    public void Should_Not_Set_Apart_The_First_Words_Of_Points_The_Question_Never_Compares()
    {
        // Given: "saturating" and "deep" open two points, but nothing names them together.
        const string question = "What causes vanishing and exploding gradients?";
        string[] points =
        [
            "Saturating activations like sigmoid (derivative ≤ 0.25) are a main cause of vanishing.",
            "Deep layers multiply many small factors together.",
        ];

        // When
        var saturating = Unit(question, points, "Sigmoid's slope is at most 0.25 and almost zero when it saturates, so deep stacks of sigmoid layers crush the gradient.", 0);

        // Then
        Assert.False(saturating.RolesSwapped);
    }
}
