using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class OptionalKeyPointsTests
{
    private const string Question = "What is dropout and why does it help?";

    private const string Reference =
        "Dropout sets a random share of activations to zero at each training step, so units cannot rely on particular " +
        "partners and the network generalises better. At inference all units are kept and activations are scaled. It can " +
        "be read as training an ensemble of thinned networks that share weights.";

    private const string Ensemble = "(optional) Dropout can be read as averaging an ensemble of thinned networks that share weights.";

    private static readonly string[] Required =
    [
        "Dropout sets a random share of activations to zero during training.",
        "Units cannot co-adapt, so the network overfits less.",
        "At inference every unit is kept and activations are scaled.",
    ];

    private static readonly string[] WithOptional = [Required[0], Required[1], Ensemble, Required[2]];

    private const string Complete =
        "During training dropout sets a random share of the activations to zero, so units cannot co-adapt and the network overfits less. " +
        "At inference every unit is kept and the activations are scaled.";

    private static GradeResult Grade(string answer, IReadOnlyList<string> keyPoints) =>
        LexicalGrader.Default.Grade(new GradingRequest(Question, Reference, keyPoints, answer));

    [Theory]
    [InlineData("(optional) Ensembles", true, "Ensembles")]
    [InlineData("*(optional)* Ensembles", true, "Ensembles")]
    [InlineData("  (Optional): Ensembles", true, "Ensembles")]
    [InlineData("Ensembles (optional)", false, "Ensembles (optional)")]
    [InlineData("Optional ensembles", false, "Optional ensembles")]
    public void Should_Recognise_The_Marker_Only_At_The_Start(string point, bool optional, string stripped)
    {
        Assert.Equal(optional, OptionalKeyPoints.IsOptional(point));
        Assert.Equal(stripped, OptionalKeyPoints.Strip(point));
    }

    [Fact]
    public void Should_Never_List_An_Optional_Point_As_Missed_Nor_Lower_The_Score()
    {
        // When
        var without = Grade(Complete, Required);
        var with = Grade(Complete, WithOptional);

        // Then
        Assert.Empty(with.Missed);
        Assert.Equal([Ensemble], with.OptionalMissed);
        Assert.Equal(without.Score, with.Score);
        Assert.Equal(without.Covered.Select(c => c.KeyPoint), with.Covered.Select(c => c.KeyPoint));
    }

    [Fact]
    public void Should_Credit_An_Optional_Point_The_Answer_Makes_Under_Its_Marked_Text_In_Order()
    {
        // When
        var grade = Grade(Complete + " You can also read dropout as averaging an ensemble of thinned networks that share weights.", WithOptional);

        // Then
        Assert.Equal(WithOptional, grade.Covered.Select(c => c.KeyPoint));
        Assert.Empty(grade.OptionalMissed);
        var quote = grade.Covered[2];
        Assert.Contains("ensemble", (Complete + " You can also read dropout as averaging an ensemble of thinned networks that share weights.").Substring(quote.Start, quote.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Still_List_A_Missed_Required_Point()
    {
        // When
        var grade = Grade("Dropout zeroes a random share of activations during training.", WithOptional);

        // Then
        Assert.Contains(Required[2], grade.Missed);
        Assert.DoesNotContain(Ensemble, grade.Missed);
    }

    [Fact]
    public void Should_Grade_Points_That_Are_All_Optional_As_Required_Ones()
    {
        // When
        var grade = Grade("Something unrelated about databases.", [Ensemble]);

        // Then: nothing would be left to score against otherwise
        Assert.Equal([Ensemble], grade.Missed);
        Assert.Empty(grade.OptionalMissed);
    }

    [Fact]
    public void Should_Set_Aside_Optional_Points_A_Whole_Grader_Missed()
    {
        // Given
        var result = new GradeResult(3, [], [Required[0], Ensemble]);

        // When
        var set = OptionalKeyPoints.SetAside(result);

        // Then
        Assert.Equal([Required[0]], set.Missed);
        Assert.Equal([Ensemble], set.OptionalMissed);
        Assert.Equal(3, set.Score);
    }
}
