using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>Answers that add another of a kind to what a key point limits with "only".</summary>
public sealed class BrokenExclusionTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("The query reads the cold partition as well.", true)]
    [InlineData("The query also reads every archived partition too.", true)]
    [InlineData("The query reads the hot partition, which is also why it is fast.", false)]
    [InlineData("The query reads only the hot partition.", false)]
    public void Should_Read_Another_Of_The_Kind_Said_In_Addition_As_Breaking_The_Only(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The query reads only the hot partition.", "Old partitions are archived."];

        // When
        var unit = Unit("Why is the dashboard query fast?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && unit.Contradiction >= Limit);
    }
}
