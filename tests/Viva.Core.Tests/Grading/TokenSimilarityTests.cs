using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class TokenSimilarityTests
{
    [Theory]
    [InlineData("connected", "connection", 1f)]
    [InlineData("ReLU", "rectified linear unit", 1f)]
    [InlineData("shrink", "reduce", TokenSimilarity.Synonym)]
    [InlineData("coefficients", "weights", TokenSimilarity.Synonym)]
    [InlineData("perpendicular", "orthogonal", TokenSimilarity.Synonym)]
    [InlineData("swamp", "dominate", TokenSimilarity.Synonym)]
    [InlineData("runs", "executes", TokenSimilarity.Synonym)]
    [InlineData("steepest", "fastest", TokenSimilarity.Synonym)]
    [InlineData("copes", "tolerates", TokenSimilarity.Synonym)]
    [InlineData("serial", "sequential", TokenSimilarity.Synonym)]
    [InlineData("handles", "tolerates", TokenSimilarity.Synonym)]
    [InlineData("immediately", "instantly", TokenSimilarity.Synonym)]
    [InlineData("mean", "average", TokenSimilarity.Synonym)]
    [InlineData("jittery", "noisy", TokenSimilarity.Synonym)]
    [InlineData("seperated", "separated", TokenSimilarity.Misspelling)]
    [InlineData("reuse", "reusable", TokenSimilarity.Derived)]
    [InlineData("convex", "concave", 0f)]
    [InlineData("variance", "bias", 0f)]
    public void Should_Rate_How_Far_Two_Words_Mean_The_Same(string a, string b, float expected)
    {
        var x = GradingTokenizer.Tokenize(a).Single();
        var y = GradingTokenizer.Tokenize(b).Single();

        Assert.Equal(expected, TokenSimilarity.Score(x, y, IdfTable.Bank));
    }

    [Theory]
    [InlineData("increase", "decrease", true)]
    [InlineData("higher", "lower", true)]
    [InlineData("convex", "concave", true)]
    [InlineData("increase", "grow", false)]
    [InlineData("roughly", "exactly", true)]
    [InlineData("resilient", "sensitive", true)]
    public void Should_Know_Opposites(string a, string b, bool opposite) =>
        Assert.Equal(opposite, TokenSimilarity.AreOpposite(GradingTokenizer.Tokenize(a).Single(), GradingTokenizer.Tokenize(b).Single()));
}
