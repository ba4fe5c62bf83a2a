using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>What a key point says is prevented, said plainly to happen, against answers that say it is prevented in other words.</summary>
public sealed class AffirmedPreventionTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Dropout makes the units co-adapt more strongly.", true)]
    [InlineData("Units can't co-adapt any more, since any one of them may vanish.", false)]
    [InlineData("Dropout reduces how much the units co-adapt.", false)]
    [InlineData("Without dropout, units co-adapt.", false)]
    [InlineData("Dropout keeps the units from co-adapting.", false)]
    public void Should_Read_A_Prevented_Thing_Said_To_Happen(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Dropout stops units from co-adapting.", "Inverted dropout rescales the kept activations."];

        // When
        var unit = Unit("Why does dropout work?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && unit.Contradiction >= Limit);
        Assert.True(!contradicted || !unit.Covered);
    }

    [Theory]
    [InlineData("Laplace smoothing sets the probabilities of unseen values to exactly zero.", true)]
    [InlineData("Laplace smoothing gives unseen values a small non-zero probability.", false)]
    [InlineData("If you skip smoothing, unseen values get zero probabilities.", false)]
    public void Should_Read_Most_Of_The_Prevented_Thing(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Laplace smoothing prevents zero probabilities for unseen feature values.", "Naive Bayes assumes independent features."];

        // When
        var unit = Unit("How does Naive Bayes work?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The mask keeps the padding out of the encoder states and the loss.", false)]
    [InlineData("The padding ends up in the encoder states and the loss.", true)]
    public void Should_Read_Keeping_A_Thing_Out_As_Preventing_It(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The mask stops padding from affecting the encoder states and the loss.", "Batches hold sequences of one length."];

        // When
        var unit = Unit("How are variable-length batches handled?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Conflict is { Kind: ConflictKind.Negated } && unit.Contradiction >= Limit);
    }
}
