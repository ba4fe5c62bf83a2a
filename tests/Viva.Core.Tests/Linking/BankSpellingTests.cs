using Viva.Core.Linking;

namespace Viva.Core.Tests.Linking;

public sealed class BankSpellingTests
{
    private static readonly BankSpelling Bank = BankSpelling.From(
    [
        "How is a decision tree pruned? Pruning removes branches.",
        "What is pruning in decision trees?",
        "When are decision trees not useful? Trees overfit.",
        "What are random forests of trees?",
        "What is the difference between linear and logistic regression?",
        "Linear regression fits a line; linear models are simple.",
        "How do you choose k in k nearest neighbours? Neighbouring points vote.",
        "Neighbouring points are close.",
        "What is dimensionality reduction? High dimensionality hurts.",
        "Dimensionality reduction with PCA.",
        "How do you prevent overfitting?",
        "Maximization of the likelihood.",
        "Maximization again.",
        "Observations are rows.",
        "More observations.",
        "A hand is raised.",
        "A hand again.",
    ]);

    [Theory]
    [InlineData("What is the process prunning?", "What is the process pruning?")]
    [InlineData("When are tress not useful?", "When are trees not useful?")]
    [InlineData("Logistic and Liner Regressions?", "Logistic and Linear Regressions?")]
    [InlineData("what is neigbouring criteria?", "what is neighbouring criteria?")]
    [InlineData("Why dimentonality reduction?", "Why dimensionality reduction?")]
    public void Should_Correct_A_Misspelt_Word_To_The_Banks_Spelling(string text, string expected)
    {
        // When
        var corrected = Bank.Correct(text);

        // Then
        Assert.Equal(expected, corrected);
    }

    [Theory]
    [InlineData("How are outliers prevented?")] // another form of a known word
    [InlineData("Is it handy?")] // a known word with an ending
    [InlineData("What is minimization?")] // two letters from a known word of its length
    [InlineData("Observational studies?")] // two edits, both in the ending
    [InlineData("Is MobileNet pruned?")] // a name, with a capital inside
    [InlineData("Is prunning2 done?")] // joined to a digit
    public void Should_Leave_Real_Words_And_Names_Alone(string text)
    {
        // When
        var corrected = Bank.Correct(text);

        // Then
        Assert.Same(text, corrected);
    }

    [Fact]
    public void Should_Leave_A_Word_Alone_When_Two_Known_Words_Are_Equally_Near_And_Used()
    {
        // Given: "tress" is one edit from both, each used twice
        var bank = BankSpelling.From(["trees here", "trees there", "treks here", "treks there"]);

        // When
        var corrected = bank.Correction("tress");

        // Then
        Assert.Null(corrected);
    }

    [Fact]
    public void Should_Prefer_The_Far_More_Used_Of_Two_Equally_Near_Words()
    {
        // Given
        var bank = BankSpelling.From(["trees", "trees", "trees", "trees", "trees", "trees", "treks", "treks"]);

        // When
        var corrected = bank.Correction("tress");

        // Then
        Assert.Equal("trees", corrected);
    }

    [Fact]
    public void Should_Not_Correct_To_A_Word_The_Bank_Uses_Once()
    {
        // Given
        var bank = BankSpelling.From(["pruning once"]);

        // When
        var corrected = bank.Correction("prunning");

        // Then
        Assert.Null(corrected);
    }
}
