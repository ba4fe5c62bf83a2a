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

    [Theory]
    [InlineData("First step moves w from 0 to 0.6.", "You step downhill along the gradient until it converges.", true)]
    [InlineData("First step moves w from 0 to 0.6.", "After one step w is 0.6, after two 1.08.", false)]
    [InlineData("The gradient of (w − 3)² is 2(w − 3).", "The derivative is 2(w-3).", false)]
    [InlineData("The gradient points uphill.", "Nothing numeric here.", false)]
    public void Should_Tell_When_An_Answer_Gives_None_Of_A_Key_Point_s_Numbers(string keyPoint, string answer, bool lacks) =>
        Assert.Equal(lacks, NumericAnswer.LacksNumbersOf(keyPoint, answer));

    [Fact]
    public void Should_Not_Credit_A_Working_Step_To_An_Answer_Without_Its_Numbers()
    {
        // Given: a numeric question whose steps share a word ("step") with an answer that works nothing out
        string[] points = ["First step moves w from 0 to 0.6.", "Second step moves w from 0.6 to 1.08."];
        var request = new GradingRequest("Two gradient descent steps on (w − 3)² from w = 0 with learning rate 0.1: where is w?", "1.08", points, "Each step moves w toward the minimum.")
        {
            ExpectedNumber = 1.08,
            Tolerance = 0.001,
        };

        // When
        var grade = LexicalGrader.Default.Grade(request);
        var shown = LexicalGrader.Default.Grade(request with { Answer = "The first step moves w from 0 to 0.6 and the second to 1.08." });

        // Then
        Assert.Empty(grade.Covered);
        Assert.Equal(2, shown.Covered.Count);
    }
}
