using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A point's claim made of the thing its subject's prefix sets apart ("direct" for "indirect" injection).</summary>
public sealed class PrefixedSubjectTests
{
    private const string Question = "What is prompt injection, and how does indirect prompt injection differ from direct injection?";

    private static readonly string[] Points =
    [
        "Direct injection comes from the user typing into the model.",
        "Indirect injection hides instructions in content the model reads, such as web pages or emails.",
    ];

    private static UnitMatch Unit(string answer, int point, string question = Question, string[]? points = null) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points ?? Points, answer)).Units[point];

    [Theory]
    [InlineData("Direct injection hides instructions in web pages or emails the model reads.", 1, "Indirect")]
    [InlineData("Indirect injection comes from the user typing into the model.", 0, "Direct")]
    public void Should_Read_The_Claim_Made_Of_The_Other_Subject(string answer, int point, string term)
    {
        // When
        var unit = Unit(answer, point);

        // Then
        Assert.False(unit.Covered);
        Assert.Equal(ConflictKind.Negated, unit.Conflict?.Kind);
        Assert.Equal(term, unit.Conflict?.Word);
    }

    [Theory]
    [InlineData("Indirect injection hides instructions in web pages or emails the model reads.", 1)]
    [InlineData("Direct injection comes from the user typing into the model.", 0)]
    public void Should_Keep_The_Claim_Made_Of_Its_Own_Subject(string answer, int point)
    {
        // When
        var unit = Unit(answer, point);

        // Then
        Assert.Null(unit.Conflict);
    }

    [Fact]
    public void Should_Not_Read_A_Negated_Word_As_The_Prefixed_One()
    {
        // Given: "no match" negates "match" by a negator; it is the point's "unmatched", not its opposite
        string[] points = ["Unmatched LEFT JOIN rows carry NULLs in the right table's columns.", "INNER JOIN keeps matching rows only."];

        // When
        var unit = Unit("no match -> right table columns are NULL", 0, "How do LEFT and INNER joins differ?", points);

        // Then
        Assert.Null(unit.Conflict);
    }
}
