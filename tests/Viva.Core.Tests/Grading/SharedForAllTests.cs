using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>One thing for all where the key point gives one to each, against answers that keep "per".</summary>
public sealed class SharedForAllTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("The quantiser uses a single scale for all the channels of the tensor.", true)]
    [InlineData("The quantiser keeps a separate scale for each channel of the tensor.", false)]
    [InlineData("The quantiser stores one scale per channel, not a single scale for all the channels.", false)]
    public void Should_Read_One_For_All_Against_One_Per_Each(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The quantiser stores one scale per channel of the tensor.", "Scales are kept in float32."];

        // When
        var unit = Unit("How does per-channel quantisation work?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && unit.Contradiction >= Limit);
    }
}
