using Viva.Core.Exercises;

namespace Viva.Core.Tests.Exercises;

public sealed class ResultComparerTests
{
    [Theory]
    [InlineData("0.3333", "0.33331", 1e-4, true)]
    [InlineData("0.3333", "0.3343", 1e-4, false)]
    [InlineData("[0.1, 0.9]", "[0.10000001, 0.89999999]", 1e-6, true)]
    [InlineData("[0.1, 0.9]", "[0.9, 0.1]", 1e-6, false)]
    [InlineData("2", "2.0", 0, true)]
    [InlineData("[1, 2]", "[1, 2, 3]", 1e-6, false)]
    [InlineData("\"a\"", "\"A\"", 1e-6, false)]
    [InlineData("true", "1", 1e-6, false)]
    [InlineData("true", "false", 1e-6, false)]
    [InlineData("null", "null", 0, true)]
    [InlineData("{\"a\": 1, \"b\": [2]}", "{\"b\": [2.0], \"a\": 1}", 0, true)]
    [InlineData("{\"a\": 1}", "{\"a\": 1, \"b\": 2}", 0, false)]
    public void Should_Compare_Values_Within_The_Tolerance(string expected, string actual, double tolerance, bool matches) =>
        Assert.Equal(matches, ResultComparer.Matches(expected, actual, tolerance));

    [Theory]
    [InlineData("[[\"a\", 1], [\"b\", 2]]", "[[\"b\", 2], [\"a\", 1]]", true)]
    [InlineData("[[\"a\", 1], [\"a\", 1], [\"b\", 2]]", "[[\"a\", 1], [\"b\", 2], [\"b\", 2]]", false)]
    [InlineData("[[\"a\", 0.5]]", "[[\"a\", 0.5000001]]", true)]
    [InlineData("[[\"a\", 1]]", "[]", false)]
    [InlineData("[[\"a\", 1], [\"b\", 2]]", "[[\"a\", 2], [\"b\", 1]]", false)]
    public void Should_Compare_Result_Sets_As_Multisets_When_Order_Does_Not_Matter(string expected, string actual, bool matches) =>
        Assert.Equal(matches, ResultComparer.MatchesInAnyOrder(expected, actual, 1e-6));
}
