using Viva.Core.Questions;

namespace Viva.Core.Tests.Import;

public sealed class AnswerClassifierTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Should_Class_A_Missing_Answer_As_None(string? answer) =>
        Assert.Equal(AnswerQuality.None, AnswerClassifier.Classify(answer));

    [Theory]
    [InlineData("[Ans](https://example.com/k-fold)")]
    [InlineData("[Prelim idea here](https://example.com/a) and [more](https://example.com/b).")]
    [InlineData("https://example.com/answer")]
    [InlineData("<https://example.com/answer>")]
    [InlineData("* Skip connection:\n* Identity connections:")]
    [InlineData("- \n- \n-")]
    [InlineData("1.\n2.\n3.")]
    [InlineData("#### Definition\n\n#### Example\n")]
    [InlineData("TODO")]
    [InlineData("_Answer here_")]
    [InlineData("TBD.")]
    [InlineData("- [ ] Definition:\n- [ ] Example:")]
    [InlineData("Coming soon: [notes](https://example.com)")]
    public void Should_Class_Links_Skeletons_And_Placeholders_As_Stubs(string answer) =>
        Assert.Equal(AnswerQuality.Stub, AnswerClassifier.Classify(answer));

    [Theory]
    [InlineData("Yes.")]
    [InlineData("O(n log n)")]
    [InlineData("L1 gives sparse weights; see [this post](https://example.com).")]
    [InlineData("#### Definition\nA model that fits noise.")]
    [InlineData("* Skip connection: adds the input to the block's output")]
    [InlineData("- Bias\n- Variance\n- Noise")]
    [InlineData("TODO lists are a classic example of a CRUD app.")]
    [InlineData("```python\nx = 1\n```")]
    public void Should_Class_An_Answer_In_Its_Own_Words_As_Full(string answer) =>
        Assert.Equal(AnswerQuality.Full, AnswerClassifier.Classify(answer));

    [Fact]
    public void Should_List_Each_Link_Once_In_Order_With_Its_Text()
    {
        // When
        var references = AnswerClassifier.References("[Ans](https://a.example/x) see https://b.example/y, <https://c.example/z> [again](https://a.example/x)");

        // Then
        Assert.Equal([("Ans", "https://a.example/x"), ("https://b.example/y", "https://b.example/y"), ("https://c.example/z", "https://c.example/z")], references);
    }
}
