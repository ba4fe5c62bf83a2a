using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>An answer that narrows a key point's list to one item with "only", against answers that keep the list.</summary>
public sealed class NarrowedListTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("The library only runs on Postgres.", true)]
    [InlineData("The library runs on Postgres only.", true)]
    [InlineData("The library runs on Postgres only when pooling is off.", false)]
    [InlineData("The library runs on Postgres, MySQL or SQLite.", false)]
    [InlineData("The library runs not only on Postgres but on MySQL and SQLite too.", false)]
    public void Should_Read_Only_One_Item_Of_The_Points_List_As_A_Denial_Of_The_Others(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The library runs on Postgres, MySQL or SQLite.", "It pools connections."];

        // When
        var unit = Unit("Which databases does the library support?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && unit.Contradiction >= Limit);
    }

    [Fact]
    public void Should_Not_Read_Two_Words_Of_Longer_Items_As_A_List()
    {
        // Given: "statistic or business" ends two longer items, "gap statistic" and "business needs"
        string[] points = ["Choose k with the elbow plot, silhouette score, gap statistic or business needs.", "Scale features first."];

        // When
        var unit = Unit("How do you pick k in k-means?", points, "Plot inertia against k, check silhouette scores, or just take what the business needs.");

        // Then
        Assert.True(unit.Contradiction < Limit);
    }
}
