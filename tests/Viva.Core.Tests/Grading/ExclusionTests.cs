using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>
/// Denials that state what a point's "only", "mixing" or requirement already implies: the rest excluded, more than
/// one thing used, a thing needed because things go wrong without it.
/// </summary>
public sealed class ExclusionTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static readonly LexicalGrader Grader = LexicalGrader.Default;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        Grader.Analyze(new GradingRequest(question, points[point], points, answer)).Units[point];

    [Theory]
    [InlineData("The search reads no cold partition, just the hot one.", false)]
    [InlineData("It never scans the other partitions; the query touches only the hot partition.", false)]
    [InlineData("The search reads no partition at all, just the cache.", true)]
    public void Should_Read_A_Denial_Beside_The_Same_Only_As_The_Exclusion_The_Point_Makes(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The search reads only the hot partition.", "Old data is archived."];

        // When
        var unit = Unit("How does the search stay fast?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Don't rely on a single forecaster: average several of them.", false)]
    [InlineData("Never trust just one forecaster.", false)]
    [InlineData("Don't use forecasters at all; they add noise.", true)]
    public void Should_Read_A_Denied_Single_One_As_The_Mixing_The_Point_Asks_For(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Combining several forecasters reduces variance.", "Check the residuals."];

        // When
        var unit = Unit("How do you make demand forecasts robust?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Without the warm-up, the early updates would blow up the loss.", false)]
    [InlineData("Without warm-up the loss could spike in the first steps.", false)]
    [InlineData("The schedule runs without warm-up.", true)]
    [InlineData("You could run the schedule without warm-up.", true)]
    public void Should_Read_What_Would_Go_Wrong_Without_A_Thing_As_Needing_It(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The schedule starts with a warm-up.", "Then it decays."];

        // When
        var unit = Unit("What does the learning-rate schedule look like?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The service can't throw away the session tokens, since the next request needs them.", false)]
    [InlineData("The service throws away the session tokens after each request.", true)]
    public void Should_Read_A_Denied_Throwing_Away_As_Keeping(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Session tokens are cached between requests.", "They expire after an hour."];

        // When
        var unit = Unit("How does the service handle sessions?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The codec throws away some information, so you can't fully recover the original.", true)]
    [InlineData("The codec changes the encoding without losing any information.", false)]
    public void Should_Read_Throwing_Information_Away_As_Losing_It(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The codec is lossless: it changes the encoding without losing information.", "It is slower than lossy codecs."];

        // When
        var unit = Unit("What kind of codec is it?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Fact]
    public void Should_Not_Read_Equal_Parts_As_The_Opposite_Of_Splitting()
    {
        // Given: "same" against "separate" holds for those words only, not for "equal" against "split"
        string[] points = ["Split the data into k folds and score each held-out fold.", "Average the k scores."];

        // When
        var unit = Unit("How does k-fold cross-validation work?", points, "Cut the data into k equal folds and score each held-out fold.");

        // Then
        Assert.True(unit.Contradiction < Limit);
    }
}
