using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class AnswerPassagesTests
{
    [Fact]
    public void Should_Give_Sentences_Pairs_And_Clauses_With_Offsets_Into_The_Answer()
    {
        // Given
        const string answer = "Bagging trains models in parallel on bootstrap samples, and it averages them. Boosting trains them in sequence, e.g. AdaBoost.";

        // When
        var passages = AnswerPassages.Split(answer);

        // Then
        Assert.All(passages, p => Assert.Equal(answer.Substring(p.Start, p.Length), p.Text));
        var texts = passages.Select(p => p.Text).ToList();
        Assert.Contains("Bagging trains models in parallel on bootstrap samples, and it averages them.", texts);
        Assert.Contains("Boosting trains them in sequence, e.g. AdaBoost.", texts);
        Assert.Contains(answer, texts);
        Assert.Contains("Bagging trains models in parallel on bootstrap samples", texts);
        Assert.Contains("and it averages them.", texts);
    }

    [Fact]
    public void Should_Not_Split_Short_Fragments_Into_Clauses_Of_Their_Own()
    {
        // When
        var passages = AnswerPassages.Split("Precision and recall trade off against each other");

        // Then
        Assert.Equal(["Precision and recall trade off against each other"], passages.Select(p => p.Text));
    }

    [Fact]
    public void Should_Stay_Within_The_Cap_For_A_Long_Answer()
    {
        // Given
        var answer = string.Concat(Enumerable.Range(0, 200).Select(i => $"Point {i} is one claim, and here is another one about it. "));

        // When
        var passages = AnswerPassages.Split(answer);

        // Then
        Assert.InRange(passages.Count, 1, AnswerPassages.MaxPassages);
        Assert.Empty(AnswerPassages.Split("  \n "));
    }
}
