using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>Two steps put in the other order, against right answers in the same words.</summary>
public sealed class OrderSwapTests
{
    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Symbolic frameworks run the computation on real data first and only afterwards build the graph from it.", true)]
    [InlineData("Symbolic code first builds the graph and only later runs it with real data.", false)]
    [InlineData("A symbolic program builds its graph first; then it is run with real data.", false)]
    public void Should_Read_Steps_Ordered_By_First_And_Afterwards(string answer, bool turned)
    {
        // Given
        string[] points = ["Imperative code executes each operation immediately.", "Symbolic code builds a graph first and runs it later with real data."];

        // When
        var unit = Unit("What is the difference between imperative and symbolic programming?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        Assert.True(!turned || !unit.Covered);
    }

    [Theory]
    [InlineData("You usually run the inferential tests first and do the descriptive exploration afterwards to check the assumptions.", true)]
    [InlineData("You usually do the descriptive exploration first, to check assumptions, and run the inferential tests afterwards.", false)]
    public void Should_Read_A_Step_Put_Later_Than_Another(string answer, bool turned)
    {
        // Given: the point orders one step only
        string[] points = ["Inferential statistics generalize from a sample to a population with quantified uncertainty.", "Descriptive analysis usually comes first to explore data and check assumptions."];

        // When
        var unit = Unit("What is the difference between descriptive and inferential statistics?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("The optimizer updates the weights first, and then it computes the gradients.", true)]
    [InlineData("The optimizer computes the gradients, then it updates the weights.", false)]
    [InlineData("Once the gradients are computed, the weights are updated afterwards.", false)]
    public void Should_Read_Then_As_Ordering_The_Clauses_Before_It(string answer, bool turned)
    {
        // Given
        string[] points = ["Backpropagation computes the gradients, then the optimizer updates the weights.", "The learning rate scales each step."];

        // When
        var unit = Unit("How is a network trained?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("The time to the first token mostly reflects prefill, and later tokens reflect decoding.")]
    [InlineData("Time to first token mostly reflects the prefill phase.")]
    public void Should_Not_Read_First_Or_Later_Said_Of_A_Thing_As_An_Order(string answer)
    {
        // Given
        string[] points = ["Time to first token mostly reflects prefill.", "Time per output token reflects decode steps."];

        // When
        var unit = Unit("Which latency metrics follow from prefill and decode?", points, answer);

        // Then
        Assert.False(unit.RolesSwapped);
    }

    [Theory]
    [InlineData("In PyTorch call clip_grad_norm_ after optimizer.step() and before loss.backward().", true)]
    [InlineData("In PyTorch you call clip_grad_norm_ after loss.backward() and before optimizer.step().", false)]
    public void Should_Read_The_Order_Of_Calls_Written_As_Dotted_Names(string answer, bool turned)
    {
        // Given: "loss.backward()" is one step of the sentence, not a sentence of its own
        string[] points = ["Gradient clipping caps the gradient's size before the optimizer step.", "In PyTorch, call clip_grad_norm_ after backward() and before step()."];

        // When
        var unit = Unit("What is gradient clipping and how do you apply it?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        Assert.Equal(!turned, unit.Covered);
    }

    [Theory]
    [InlineData("Batching precedes shuffling.", true)]
    [InlineData("Call batch, followed by shuffle.", true)]
    [InlineData("Batch once the data has been shuffled, never the other way.", false)]
    [InlineData("Shuffling precedes batching, with a large buffer.", false)]
    [InlineData("Call shuffle, followed by batch.", false)]
    public void Should_Read_Precedes_Followed_By_And_Once_As_Orders(string answer, bool turned)
    {
        // Given
        string[] points = ["Random augmentation must come after cache.", "shuffle before batch, with a sufficiently large buffer."];

        // When
        var unit = Unit("How do you build an input pipeline with tf.data?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        Assert.True(!turned || !unit.Covered);
    }
}

