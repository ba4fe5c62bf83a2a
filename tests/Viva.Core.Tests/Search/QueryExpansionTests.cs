using Viva.Core.Search;

namespace Viva.Core.Tests.Search;

public sealed class QueryExpansionTests
{
    [Theory]
    [InlineData("batch norm vs layer norm", "batch normalization vs layer normalization")]
    [InlineData("LR schedule", "learning rate schedule")]
    [InlineData("LR classifier coefficients", "logistic regression classifier coefficients")]
    [InlineData("svm kernel", "support vector machine kernel")]
    public void Should_Spell_Out_Abbreviations_By_Context(string query, string expected) =>
        Assert.Equal(expected, QueryExpansion.Expand(query));

    [Fact]
    public void Should_Leave_A_Query_Without_Abbreviations_As_Typed() =>
        Assert.Equal("What is Dropout?", QueryExpansion.Expand("What is Dropout?"));
}
