using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Import;

/// <summary>What the answers of the less common layouts hold: no collapsible wrapper, no label, the definition itself.</summary>
public sealed class LayoutAnswerTests
{
    [Fact]
    public void Should_Unwrap_A_Collapsed_Answer_Under_A_List_Item()
    {
        var result = Parse.Text("""
            - What is the difference between `loc` and `iloc`?
              <details>
              <summary>Answer</summary>

              `loc` selects by label, `iloc` by position.

              </details>
            - What does `dropna` do?
            """);

        Assert.Equal(["`loc` selects by label, `iloc` by position.", null], result.Questions.Select(q => q.Answer));
    }

    [Fact]
    public void Should_Read_Plain_Q_And_A_Labels_With_A_Full_Stop()
    {
        var question = Assert.Single(Parse.Text("Q. What is label smoothing?\nA. Softening the one-hot targets a little.\n").Questions);
        Assert.Equal(("What is label smoothing?", "Softening the one-hot targets a little."), (question.Text, question.Answer));
    }

    [Fact]
    public void Should_Not_Take_An_Abbreviation_For_An_Answer_Label()
    {
        var question = Assert.Single(Parse.Text("Q: Which field studies learning from data?\nA.I. and statistics both do.\n").Questions);
        Assert.Equal("Which field studies learning from data? A.I. and statistics both do.", question.Text);
    }

    [Fact]
    public void Should_Ask_Each_Term_Of_A_Definition_List_With_Its_Definitions()
    {
        var result = Parse.Text("""
            # Glossary

            Dropout
            : Zeroing random activations while training.
            : A cheap ensemble,
            in effect.

            Why clip gradients?
            : To stop one huge step from wrecking training.
            """);

        Assert.Equal(
            [("What is Dropout?", "Zeroing random activations while training.\n\nA cheap ensemble, in effect."), ("Why clip gradients?", "To stop one huge step from wrecking training.")],
            result.Questions.Select(q => (q.Text, q.Answer)));
    }

    [Fact]
    public void Should_Take_The_Line_After_A_Bare_Question_Number_As_The_Question()
    {
        var result = Parse.Text("**Question 1**\n\nWhat does a LEFT JOIN return?\n\n**Answer:** Every left row.\n\n**Question 2**\n\nWhat is a CTE?\n");
        Assert.Equal([("What does a LEFT JOIN return?", "Every left row."), ("What is a CTE?", null)], result.Questions.Select(q => (q.Text, q.Answer)));
    }
}
