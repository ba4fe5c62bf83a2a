using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>The harm or need a key point warns of, waved away by an answer, against answers that keep the warning.</summary>
public sealed class DismissedWarningTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Standard shuffled k-fold is fine for time series.", true)]
    [InlineData("Whether you shuffle k-fold for time series doesn't really matter.", true)]
    [InlineData("Shuffled k-fold is fine for ordinary tabular data, but for time series it leaks the future.", false)]
    [InlineData("Shuffled k-fold is only fine for time series if you purge a gap around each fold.", false)]
    [InlineData("Shuffling k-fold on a time series lets the model peek at future information.", false)]
    public void Should_Read_A_Warning_Waved_Away(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Shuffled k-fold leaks future information and overstates time-series performance.", "Use forward-chaining splits instead."];

        // When
        var unit = Unit("How should you cross-validate a time series?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && unit.Contradiction >= Limit);
        Assert.True(!contradicted || !unit.Covered);
    }

    [Fact]
    public void Should_Leave_A_Point_That_Itself_Calls_A_Thing_Fine()
    {
        // Given
        string[] points = ["For single-layer logistic regression, zero initialisation is fine.", "Deep networks need random weights."];

        // When
        var unit = Unit("How should you initialise weights?", points, "Zero initialisation is fine for logistic regression, which has a single layer.");

        // Then
        Assert.True(unit.Contradiction < Limit, $"contradiction {unit.Contradiction}");
    }

    [Theory]
    [InlineData("Fit the reduction on the full dataset including the test set; leakage isn't a concern here.", true)]
    [InlineData("Fit the reduction on the full dataset, leakage is not an issue.", true)]
    [InlineData("Fit the reduction on the training data only, so leakage is not a concern.", false)]
    public void Should_Read_A_Worry_Said_Not_To_Be_One(string answer, bool dismissed)
    {
        // Given: the point's words may stand before a semicolon, the dismissal after it
        string[] points = ["Fit the reduction on training data only to avoid leakage.", "PCA is a linear method."];

        // When
        var unit = Unit("What is dimensionality reduction?", points, answer);

        // Then
        Assert.Equal(dismissed, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Rows come back in insertion order, so ORDER BY is optional.", true)]
    [InlineData("Adding ORDER BY is unnecessary because rows come back in insertion order.", true)]
    [InlineData("Rows can come back in any order, so ORDER BY is what fixes the order.", false)]
    public void Should_Read_What_A_Point_Guarantees_Called_Optional(string answer, bool dismissed)
    {
        // Given
        string[] points = ["Only ORDER BY guarantees row order.", "WHERE filters rows."];

        // When
        var unit = Unit("Describe the basic structure of a SELECT query.", points, answer);

        // Then
        Assert.Equal(dismissed, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("There's no need to check model changes against a validation set.", true)]
    [InlineData("You don't have to check each model change against held-out validation data.", true)]
    [InlineData("You don't really need to validate every model change on held-out data.", true)]
    [InlineData("Every model change must be checked on held-out validation data.", false)]
    [InlineData("You need to check each model change against a held-out validation set.", false)]
    public void Should_Read_A_Need_Said_To_Be_None(string answer, bool dismissed)
    {
        // Given: "must" is a stop word, so the point's need is read from the word itself
        string[] points = ["Every model change must be checked against a held-out validation set.", "Log every experiment."];

        // When
        var unit = Unit("How do you keep a model from regressing?", points, answer);

        // Then
        Assert.Equal(dismissed, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Logging every experiment's configuration and data version doesn't really matter.", true)]
    [InlineData("There's no need to log every experiment.", true)]
    [InlineData("Log every experiment with its config and data version.", false)]
    public void Should_Read_An_Instruction_Said_To_Be_Unneeded(string answer, bool dismissed)
    {
        // Given: the point instructs with its opening verb, and names no need word
        string[] points = ["Log every experiment with its configuration and data version.", "Compare runs on one held-out set."];

        // When
        var unit = Unit("How do you keep ML experiments reproducible?", points, answer);

        // Then
        Assert.Equal(dismissed, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Input drift after deployment needs no attention.", true)]
    [InlineData("Watching input drift after deployment isn't needed.", true)]
    [InlineData("Keep an eye on input drift after deployment.", false)]
    public void Should_Read_An_Instruction_After_An_Adverb_Said_To_Be_Unneeded(string answer, bool dismissed)
    {
        // Given: "Also" stands before the instructing verb
        string[] points = ["Also monitor input drift after deployment.", "Retrain on a schedule."];

        // When
        var unit = Unit("How do you keep a deployed model healthy?", points, answer);

        // Then
        Assert.Equal(dismissed, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Online A/B tests replace offline metrics entirely; offline metrics are no longer needed.", true)]
    [InlineData("Combine offline metrics with online A/B tests before launch.", false)]
    public void Should_Read_One_Half_Of_A_Combination_Said_To_Be_Unneeded(string answer, bool dismissed)
    {
        // Given
        string[] points = ["Combine offline metrics with online A/B tests.", "Guard against novelty effects."];

        // When
        var unit = Unit("How do you evaluate a recommender?", points, answer);

        // Then
        Assert.Equal(dismissed, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Inspecting the slowest queries by hand is a waste of time.", true)]
    [InlineData("Inspecting the slowest queries by hand is unneeded once you have dashboards.", true)]
    [InlineData("Inspect the slowest queries by hand; it is never a waste of time.", false)]
    public void Should_Read_An_Instruction_Called_A_Waste_Of_Time_As_Waved_Away(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Inspect the slowest queries by hand.", "Add indexes for the common filters."];

        // When
        var unit = Unit("How do you speed up a slow database?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && unit.Contradiction >= Limit);
    }
}
