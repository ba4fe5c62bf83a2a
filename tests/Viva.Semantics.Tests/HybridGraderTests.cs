using Viva.Core.Grading;
using Viva.Semantics.Tests.Support;

namespace Viva.Semantics.Tests;

/// <summary>The hybrid grader on the cases users reported: paraphrases, harmless negations, swaps and numbers.</summary>
public sealed class HybridGraderTests
{
    private static readonly HybridGrader Grader = HybridGrader.Create(() => SharedEncoder.Instance);

    private static GradingRequest Request(string question, string keyPoint, string answer) => new(question, keyPoint, [keyPoint], answer);

    [Theory]
    [InlineData("What is boosting?", "Boosting trains models sequentially, each focusing on the errors of the ensemble so far.",
        "Boosting trains weak learners sequentially, each one fixing the errors of the previous ones")]
    [InlineData("What problems do vanilla RNNs have?", "RNNs suffer from vanishing or exploding gradients over long sequences.",
        "Vanilla RNNs suffer from vanishing gradients")]
    [InlineData("What is unsupervised learning?", "Unsupervised learning finds structure in data that has no labels.",
        "Unsupervised learning has no labels and finds structure")]
    [InlineData("Why use dropout?", "Dropout randomly zeroes activations during training, which reduces overfitting.",
        "During training you randomly switch off some neurons so the network can't rely on any single one, and that fights overfitting.")]
    public void Should_Credit_A_Key_Point_Said_In_Other_Words(string question, string keyPoint, string answer)
    {
        // When
        var grade = Grader.Grade(Request(question, keyPoint, answer));

        // Then
        var covered = Assert.Single(grade.Covered);
        Assert.Empty(grade.Missed);
        Assert.Empty(grade.Contradictions);
        Assert.InRange(covered.Start, 0, answer.Length);
        Assert.InRange(covered.Start + covered.Length, covered.Start + 1, answer.Length);
        Assert.True(grade.Score >= 3, $"score {grade.Score}");
    }

    [Fact]
    public void Should_Name_The_Swap_When_The_Answer_Gives_L1s_Sparsity_To_L2()
    {
        // Given
        var request = new GradingRequest(
            "What is the difference between L1 and L2 regularisation?",
            "L1 drives some weights to exactly zero, giving sparse models. L2 shrinks all weights smoothly towards zero.",
            ["L1 drives some weights to exactly zero, giving sparse models.", "L2 shrinks all weights smoothly without zeroing them."],
            "L2 regularisation gives sparse weights by pushing them to exactly zero, while L1 shrinks every weight smoothly.");

        // When
        var grade = Grader.Grade(request);

        // Then
        Assert.Empty(grade.Covered);
        Assert.Contains(grade.Contradictions, c => c.Contains("to L2", StringComparison.Ordinal) && c.Contains("of L1", StringComparison.Ordinal));
        Assert.True(grade.Score <= 2, $"score {grade.Score}");
    }

    [Fact]
    public void Should_Name_Two_Subjects_Put_In_Each_Others_Roles()
    {
        // Given: the two subjects trade places around "process records"; no word of the point is said of another subject.
        string[] points = ["Spark processes records in micro-batches, while Flink processes each record as it arrives.", "Flink keeps state per key."];
        var request = new GradingRequest("How do Spark Streaming and Flink differ?", points[0], points,
            "Flink processes records in micro-batches, while Spark processes each record as it arrives.");

        // When
        var grade = Grader.Grade(request);

        // Then
        Assert.DoesNotContain(grade.Covered, c => c.KeyPoint == points[0]);
        Assert.Contains(grade.Contradictions, c => c.Contains("Flink", StringComparison.Ordinal) && c.Contains("Spark", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A Type I error is a false negative: the test misses a real effect. A Type II error is a false positive: rejecting a true null hypothesis.", false)]
    [InlineData("Type I error is a false positive (rejecting a true null hypothesis); Type II is a false negative (failing to reject a false null, missing a real effect).", true)]
    public void Should_Tell_Swapped_Type_I_And_II_Definitions_From_Right_Ones(string answer, bool right)
    {
        // Given: key points of the form "Subject: definition", with words ("reject", "null hypothesis") said of both subjects.
        var request = Bank.Request("type-i-vs-type-ii-errors", answer);

        // When
        var grade = Grader.Grade(request);

        // Then
        var typePoints = request.KeyPoints.Where(k => k.StartsWith("Type I", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, typePoints.Count);
        Assert.Equal(right ? 2 : 0, grade.Covered.Count(c => typePoints.Contains(c.KeyPoint)));
        Assert.Equal(!right, grade.Contradictions.Count > 0);
    }

    [Fact]
    public void Should_Name_A_Negated_Key_Point_And_Not_Credit_It_By_Meaning()
    {
        // When
        var grade = Grader.Grade(Request(
            "What does L1 regularisation do?",
            "L1 drives some weights to exactly zero, giving sparse models.",
            "L1 regularisation does not produce sparse models; it never sets weights to zero."));

        // Then
        Assert.Empty(grade.Covered);
        var contradiction = Assert.Single(grade.Contradictions);
        Assert.Contains("opposite", contradiction, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Say_What_Number_Was_Expected_And_Never_Miss_The_Right_One()
    {
        // Given
        const string id = "cv-depthwise-separable-cost-ratio";

        // When
        var wrong = Grader.Grade(Bank.Request(id, "It comes to about 0.25 of the cost, since 1/N is small."));
        var right = Grader.Grade(Bank.Request(id, "1/256 + 1/9 which is about 0.115 of the standard cost."));

        // Then
        Assert.Equal("0.115", wrong.Expected);
        Assert.True(wrong.Score <= NumericAnswer.WrongCeiling);
        Assert.Null(right.Expected);
        Assert.True(right.Score >= NumericAnswer.RightFloor);
        Assert.DoesNotContain(right.Missed, m => m.Contains("0.115", StringComparison.Ordinal));
        Assert.Contains(right.Covered, c => c.KeyPoint.Contains("0.115", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Credit_The_Working_Of_A_Numeric_Question_To_An_Answer_About_Something_Else()
    {
        // Given: the working's key points share one word ("gradient", "step") with answers that never work it out
        const string id = "gradient-descent-two-steps";

        // When
        var offTopic = Grader.Grade(Bank.Request(id, "Gradient descent trades bias against variance; a smaller learning rate reduces variance but adds bias."));
        var vague = Grader.Grade(Bank.Request(id, "I think the gradient is something like the slope and you step downhill until it converges."));
        var worked = Grader.Grade(Bank.Request(id, "The derivative is 2(w - 3), so from 0 the first step goes to 0.6 and the second to 1.08."));

        // Then
        Assert.Empty(offTopic.Covered);
        Assert.Empty(offTopic.Partial);
        Assert.Empty(vague.Covered);
        Assert.Equal(3, worked.Covered.Count);
    }

    [Fact]
    public void Should_Call_A_Half_Stated_Key_Point_Partly_Covered_With_Its_Words()
    {
        // Given: words alone, which credit a compound key point only when most of it is said
        const string answer = "More data and regularization reduce variance.";
        var request = Request(
            "How do you fight high variance and high bias?",
            "More data, regularization and bagging lower variance; richer models and boosting lower bias.",
            answer);
        var byWords = HybridGrader.Create(() => null);

        // When
        var grade = byWords.Grade(request);

        // Then
        var partial = Assert.Single(grade.Partial);
        Assert.Contains(partial.KeyPoint, grade.Missed);
        Assert.Contains("data", answer.Substring(partial.Start, partial.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Grade_Empty_Huge_And_Odd_Answers_Without_Throwing()
    {
        // Given
        var huge = string.Concat(Enumerable.Repeat("Gradient descent follows the negative gradient. ", 3000));
        string[] answers = ["", "   ", "\u0000\u0001", "<script>alert(1)</script>", huge, "😀 ∇f(x) → 0"];

        // When
        var grades = answers.Select(a => Grader.Grade(Request("What is gradient descent?", "It steps against the gradient to reduce the loss.", a))).ToList();

        // Then
        Assert.Equal(0, grades[0].Score);
        Assert.All(grades, g => Assert.InRange(g.Score, 0, 5));
    }
}
