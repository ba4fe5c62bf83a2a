using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class NumericAnswerTests
{
    [Theory]
    [InlineData("The output is 112 x 112.", 112, 0, true)]
    [InlineData("73,856 parameters", 73856, 0, true)]
    [InlineData("about 0.1149", 0.115, 0.002, true)]
    [InlineData("roughly 11.5% of the cost", 0.115, 0.002, true)]
    [InlineData("−3 is the answer", -3, 0, true)]
    [InlineData("The output is 110.", 112, 0, false)]
    [InlineData("no number here", 7, 0, false)]
    [InlineData("v1.12.3", 12, 0, false)]
    public void Should_Find_The_Expected_Number(string answer, double expected, double tolerance, bool found) =>
        Assert.Equal(found, NumericAnswer.States(answer, expected, tolerance));

    [Fact]
    public void Should_Lift_A_Right_Number_And_Cap_A_Wrong_One()
    {
        // Given
        string[] points = ["Output size is floor((n + 2p - k) / s) + 1.", "Here (224 + 2 - 3) / 2 + 1 = 112."];
        var request = new GradingRequest("Output size of a 3x3 conv, stride 2, padding 1, on 224x224?", "112", points, string.Empty)
        {
            ExpectedNumber = 112,
        };

        // When
        var right = LexicalGrader.Default.Grade(request with { Answer = "112" });
        var wrong = LexicalGrader.Default.Grade(request with { Answer = "Output size is floor((n + 2p - k) / s) + 1, so (224 + 2 - 3) / 2 + 1 = 113." });

        // Then
        Assert.True(right.Score >= NumericAnswer.RightFloor);
        Assert.True(wrong.Score <= NumericAnswer.WrongCeiling);
    }
}
