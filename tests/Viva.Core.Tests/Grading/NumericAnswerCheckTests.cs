using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class NumericAnswerCheckTests
{
    [Theory]
    [InlineData("about 0.25", 0.25, 0.01, true)]
    [InlineData("25%", 0.25, 0.01, true)]
    [InlineData("25 %", 25, 0.5, true)]
    [InlineData("1/4", 0.25, 0.001, true)]
    [InlineData("1,024 parameters", 1024, 0, true)]
    [InlineData("−3", -3, 0, true)]
    [InlineData("3e-4", 0.0003, 0.00001, true)]
    [InlineData("0.3", 0.25, 0.01, false)]
    [InlineData("no idea", 0.25, 0.01, null)]
    public void Reads_the_first_number_and_compares_within_the_tolerance(string answer, double expected, double tolerance, bool? correct) =>
        Assert.Equal(correct, NumericAnswerCheck.IsCorrect(answer, expected, tolerance));
}
