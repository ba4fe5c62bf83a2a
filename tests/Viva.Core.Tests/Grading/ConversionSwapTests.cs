using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>A conversion the answer turns round ("A into B" said as "B into A"), against answers that convert the point's way.</summary>
public sealed class ConversionSwapTests
{
    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("The tokenizer turns integer ids into text pieces.", true)]
    [InlineData("The tokenizer turns text pieces into integer ids.", false)]
    [InlineData("The tokenizer maps every text piece to an integer id.", false)]
    public void Should_Read_Which_Side_Of_Into_Each_Thing_Stands_On(string answer, bool turned)
    {
        // Given
        string[] points = ["The tokenizer turns text pieces into integer ids.", "The vocabulary is fixed after training."];

        // When
        var unit = Unit("What does a tokenizer do?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        if (turned)
        {
            Assert.False(unit.Covered);
        }
    }

    [Theory]
    [InlineData("Encoding turns bytes into characters, and decoding turns characters into bytes.", true)]
    [InlineData("Encoding turns characters into bytes, and decoding turns bytes back into characters.", false)]
    public void Should_Tell_Two_Conversions_Apart_By_Their_Subjects(string answer, bool turned)
    {
        // Given
        string[] points = ["Encoding turns characters into bytes, and decoding turns bytes back into characters.", "UTF-8 is the usual encoding."];

        // When
        var unit = Unit("What is the difference between encoding and decoding?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }
}
