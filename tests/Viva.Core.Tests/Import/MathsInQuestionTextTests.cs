using Viva.Core.Import;

namespace Viva.Core.Tests.Import;

/// <summary>A question's text keeps its maths as written: underscores, stars and backslashes inside it are LaTeX, not Markdown.</summary>
public sealed class MathsInQuestionTextTests
{
    [Theory]
    [InlineData("## What is $\\sigma^2_{\\text{noise}}$ in the bias-variance decomposition?", "What is $\\sigma^2_{\\text{noise}}$ in the bias-variance decomposition?")]
    [InlineData("## Why is $(X^\\top X + \\lambda I)^{-1}$ always invertible for *positive* λ?", "Why is $(X^\\top X + \\lambda I)^{-1}$ always invertible for positive λ?")]
    [InlineData("**1. What does $a_i * b_j$ mean, and what is \\_private?**", "What does $a_i * b_j$ mean, and what is _private?")]
    [InlineData("## What is \\(x_{ij}\\) in a design matrix?", "What is $x_{ij}$ in a design matrix?")]
    [InlineData("## Why does $$\\sum_i w_i^2$$ shrink weights?", "Why does $$\\sum_i w_i^2$$ shrink weights?")]
    public void Should_Keep_Maths_Whole_In_A_Question(string heading, string expected)
    {
        // When
        var extraction = MarkdownQuestionParser.Parse("maths.md", heading + "\n\nAn answer in a sentence or two.\n");

        // Then
        Assert.Equal(expected, Assert.Single(extraction.Questions).Text);
    }
}
