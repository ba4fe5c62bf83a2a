using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>
/// Harmless negations that ask for the absence or rarity a key point's verb asks for, or deny sameness, a need or a
/// verb only of other things.
/// </summary>
public sealed class AbsenceTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Make sure no customer records are duplicated across the shards.", false)]
    [InlineData("Customer records are never duplicated across the shards, so there is nothing to check.", true)]
    public void Should_Read_Making_Sure_Of_An_Absence_As_Looking_For_It(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Check for customer records duplicated across shards.", "Rebalance hot shards."];

        // When
        var unit = Unit("How do you audit a sharded customer table?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("With the cache you rarely query the database.", false)]
    [InlineData("The cache hardly reduces database queries at all.", true)]
    public void Should_Read_Rarely_As_What_A_Lessening_Verb_Asks_For(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The cache reduces database queries.", "Entries expire after a minute."];

        // When
        var unit = Unit("Why add a cache in front of the database?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Never calibrate the model on the same rows you report metrics on.", false)]
    [InlineData("Calibrate the model on the same rows you report metrics on.", true)]
    public void Should_Read_A_Denied_Sameness_As_Keeping_Things_Separate(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Keep calibration rows separate from the rows used to report metrics.", "Report expected calibration error."];

        // When
        var unit = Unit("How do you calibrate a classifier?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("A scan never has to touch the partitions it doesn't filter on.", false)]
    [InlineData("A scan never has to touch the partitions.", true)]
    public void Should_Read_A_Denial_Restricted_By_A_Second_One_As_What_Is_Needed(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Partition pruning touches only the needed partitions.", "Statistics live in the catalog."];

        // When
        var unit = Unit("How does partition pruning help?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Slicing a list never gives you the original; you always get a copy.", false)]
    [InlineData("Slicing a list never gives you a copy.", true)]
    public void Should_Read_A_Verb_Denied_Of_Another_Object_As_No_Denial_Of_The_Point(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Slicing a list always returns a copy.", "Assignment binds a name."];

        // When
        var unit = Unit("How do Python lists behave when sliced?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The consumer only reads new messages, so a retry never duplicates anything.", false)]
    [InlineData("Retries duplicate messages.", true)]
    public void Should_Read_A_Word_Said_Apart_From_A_Verb_Both_Deny_As_No_Contradiction(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Idempotent consumers mean retries do not duplicate messages.", "Offsets are committed after processing."];

        // When
        var unit = Unit("How do you make a queue consumer safe to retry?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The retry policy never waits for more than a fixed time between attempts.", false)]
    [InlineData("The retry policy never waits between attempts.", true)]
    public void Should_Read_Never_More_Than_As_A_Bound(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The retry policy waits a bounded time between attempts.", "Retries are logged."];

        // When
        var unit = Unit("How does the client retry failed calls?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The median takes the middle value, so outliers matter less and the summary stays sharper.", false)]
    [InlineData("The median is less robust to outliers and gives a blurrier summary.", true)]
    public void Should_Read_A_Thing_That_Matters_Less_As_More_Robust_To_It(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The median is more robust to outliers and gives a sharper summary.", "The mean uses every value."];

        // When
        var unit = Unit("When do you report the median instead of the mean?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }
}
