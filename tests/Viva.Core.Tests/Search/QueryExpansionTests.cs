using Viva.Core.Search;

namespace Viva.Core.Tests.Search;

public sealed class QueryExpansionTests
{
    [Theory]
    [InlineData("batch norm vs layer norm", "batch normalization vs layer normalization")]
    [InlineData("LR schedule", "learning rate schedule")]
    [InlineData("LR classifier coefficients", "logistic regression classifier coefficients")]
    [InlineData("svm kernel", "support vector machine kernel")]
    [InlineData("rf vs gbm", "random forest vs gradient boosting")]
    [InlineData("k fold cv", "k fold cross validation")]
    [InlineData("cv for images", "computer vision for images")]
    [InlineData("ann index recall", "approximate nearest neighbour index recall")]
    [InlineData("ridge vs lasso", "ridge l2 regularization vs lasso l1 regularization")]
    [InlineData("make llm generation faster", "make large language model generation faster speed up")]
    public void Should_Spell_Out_Abbreviations_By_Context(string query, string expected) =>
        Assert.Equal(expected, QueryExpansion.Expand(query));

    [Fact]
    public void Should_Leave_A_Query_Without_Abbreviations_As_Typed() =>
        Assert.Equal("What is Dropout?", QueryExpansion.Expand("What is Dropout?"));

    [Theory]
    [InlineData("What is the difference between bagging and boosting?", "bagging boosting")]
    [InlineData("why does my model overfit", "model overfit")]
    [InlineData("gradiant descent", "gradient descent")]
    [InlineData("mean vs median", "mean median")]
    public void Should_Keep_Only_The_Words_That_Say_What_Is_Asked(string query, string expected) =>
        Assert.Equal(expected, QueryExpansion.Keywords(query));

    [Fact]
    public void Should_Keep_No_Keywords_When_Every_Word_Frames_The_Question() =>
        Assert.Equal(string.Empty, QueryExpansion.Keywords("what is it?"));
}
