using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>Directions given to the other thing, and comparisons turned round, against right answers in the same words.</summary>
public sealed class ClaimDirectionTests
{
    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, points, answer)).Units[point];

    [Theory]
    [InlineData("Overfitting shows as a high training error together with a low validation error.", false)]
    [InlineData("You see it as a low training error while the validation error is much higher.", true)]
    public void Should_Read_Which_Error_Each_Direction_Is_Said_Of(string answer, bool covered)
    {
        // Given
        string[] points = ["Overfitting shows as low training error with much higher validation error.", "Regularization and more data reduce it."];

        // When
        var unit = Unit("How do you recognise overfitting?", points, answer);

        // Then
        Assert.Equal(covered, unit.Conflict is null);
        if (!covered)
        {
            Assert.False(unit.Covered);
            Assert.Equal(ConflictKind.Negated, unit.Conflict?.Kind);
            Assert.Equal("training", unit.Conflict?.Term);
            var feedback = ConflictWording.Describe(unit.Conflict!, points[0], answer);
            Assert.Contains("“high” of “training”", feedback, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("DARTS makes the choice among operations continuous so the architecture weights can be learned by gradient descent.", true)]
    [InlineData("DARTS keeps the operation choices discrete and searches them with reinforcement learning.", false)]
    [InlineData("DARTS relaxes continuous weights into discrete operation choices.", false)]
    public void Should_Give_A_Change_Into_Its_Opposite_The_Direction_It_Ends_In(string answer, bool agrees)
    {
        // Given: the point turns discrete choices into continuous weights, so the choices end continuous
        string[] points = ["DARTS relaxes discrete operation choices into continuous weights learned by gradient descent.", "Weight sharing cuts the cost of evaluating candidates."];

        // When
        var unit = Unit("How does neural architecture search work?", points, answer);

        // Then
        Assert.Equal(agrees, unit.Conflict is null);
        Assert.True(agrees || !unit.Covered);
    }

    [Theory]
    [InlineData("To find rows that have no match, use NOT EXISTS, or a LEFT JOIN and keep the rows where the right key IS NULL.", true)]
    [InlineData("A LEFT JOIN keeps every row of the right table and fills the missing left side with NULLs.", false)]
    public void Should_Read_A_Direction_Written_As_A_Keyword_As_A_Name(string answer, bool agrees)
    {
        // Given: "LEFT JOIN" names a kind of join, so "the right key" says nothing against it; "the right table" still does
        string[] points = ["Anti-joins find rows without a match, via NOT EXISTS or LEFT JOIN with IS NULL.", "LEFT JOIN keeps all left rows, with NULLs where the right side has no match."];

        // When
        var unit = Unit("Which kinds of SQL join are there?", points, answer, point: agrees ? 0 : 1);

        // Then
        Assert.Equal(agrees, unit.Conflict is null);
        Assert.True(agrees || !unit.Covered);
    }

    [Theory]
    [InlineData("Caching the results makes the latency of each request larger.", false)]
    [InlineData("A cache in front of the service makes the latency much smaller.", true)]
    [InlineData("With a cache the latency of a request drops.", true)]
    public void Should_Read_A_Size_Against_A_Move(string answer, bool covered)
    {
        // Given: the point moves the quantity down, the answer gives it a size
        string[] points = ["Caching results reduces the latency of repeated requests.", "A cache can serve stale data."];

        // When
        var unit = Unit("Why put a cache in front of a service?", points, answer);

        // Then
        Assert.Equal(covered, unit.Conflict is null);
        Assert.True(covered || !unit.Covered);
    }

    [Theory]
    [InlineData("With more regularisation the training error goes down and the gap goes up.", false)]
    [InlineData("With more regularisation the training error goes up and the gap goes down.", true)]
    [InlineData("Regularising harder makes the training error go up and the gap go down.", true)]
    public void Should_Read_Goes_Up_And_Goes_Down_As_Directions(string answer, bool covered)
    {
        // Given
        string[] points = ["Stronger regularisation raises the training error and shrinks the gap to validation.", "It is tuned on validation data."];

        // When
        var unit = Unit("What does regularisation do to the errors?", points, answer);

        // Then
        Assert.Equal(covered, unit.Conflict is null);
        Assert.True(covered || !unit.Covered);
    }

    [Theory]
    [InlineData("A small k gives high bias and a large k gives high variance, so you pick k with cross-validation.", false)]
    [InlineData("A small k gives a jumpy, high-variance fit and a large k gives high bias, so you pick k with cross-validation.", true)]
    public void Should_Read_A_Direction_Given_To_The_Other_Quantity(string answer, bool covered)
    {
        // Given
        string[] points = ["Small k gives high variance and large k high bias, so k is tuned by cross-validation.", "Features must be scaled."];

        // When
        var unit = Unit("How does kNN work?", points, answer);

        // Then
        Assert.Equal(covered, unit.Conflict is null && !unit.RolesSwapped);
        Assert.True(covered || !unit.Covered);
    }

    [Theory]
    [InlineData("One-shot pruning keeps accuracy better than iterative prune-and-fine-tune.", true)]
    [InlineData("Iterative pruning with fine-tuning keeps accuracy better than one-shot pruning.", false)]
    [InlineData("One-shot pruning keeps accuracy worse than iterative prune-and-fine-tune.", false)]
    public void Should_Read_A_Comparison_Turned_Round(string answer, bool turned)
    {
        // Given
        string[] points = ["Iterative prune-and-fine-tune keeps accuracy better than one-shot pruning.", "Structured pruning removes whole channels."];

        // When
        var unit = Unit("How does pruning work?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        if (turned)
        {
            Assert.False(unit.Covered);
            Assert.NotNull(unit.SwappedWords);
        }
    }

    [Theory]
    [InlineData("Classical ML usually needs more data and more GPU compute than deep learning.", true)]
    [InlineData("Deep learning usually needs more data and GPU compute than classical ML does.", false)]
    public void Should_Read_A_Comparison_Across_A_Bracketed_Aside(string answer, bool turned)
    {
        // Given: the brackets sit between the compared side and "than", and the point names its side by a pronoun
        string[] points = ["Deep learning trains multi-layer networks end to end.", "It usually needs more data and compute (GPUs) than classical ML."];

        // When
        var unit = Unit("How does deep learning differ from classical machine learning?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        Assert.Equal(!turned, unit.Covered);
        if (turned)
        {
            // The pronoun's side is named by what the answer now compares it with.
            Assert.Equal(("deep learning", "classical ML"), unit.SwappedWords);
        }
    }

    [Theory]
    [InlineData("In right-skewed data the median is larger than the mean.", true)]
    [InlineData("With right skew the median exceeds the mean.", true)]
    [InlineData("In right-skewed data the mean is larger than the median.", false)]
    [InlineData("In right-skewed data the median is smaller than the mean.", false)]
    public void Should_Read_A_Ranking_Verb_As_A_Comparison(string answer, bool turned)
    {
        // Given: "exceeds" ranks the mean above the median as "is larger than" does
        string[] points = ["The median is robust to outliers.", "In right-skewed data the mean exceeds the median."];

        // When
        var unit = Unit("How do the mean and the median differ?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        Assert.Equal(!turned, unit.Covered);
        if (turned)
        {
            // Named by the words the answer moved, not by the whole side ("right-skewed data the mean").
            Assert.Equal(("mean", "median"), unit.SwappedWords);
        }
    }

    [Theory]
    [InlineData("Deep learning often beats tree ensembles on tabular data.", true)]
    [InlineData("On tabular data, tree ensembles often outperform deep learning.", false)]
    [InlineData("On tabular data deep learning is usually worse than tree ensembles.", false)]
    public void Should_Read_Who_Beats_Whom_With_Shared_Words_After_The_Foil(string answer, bool turned)
    {
        // Given: "on tabular data" follows the foil in the point and in the swapped answer alike
        string[] points = ["Deep learning excels on unstructured data.", "Tree ensembles often beat deep learning on tabular data."];

        // When
        var unit = Unit("How does deep learning differ from classical machine learning?", points, answer, 1);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Unlike kernel SVMs, logistic regression scales poorly to very large datasets.", true)]
    [InlineData("Unlike logistic regression and trees, kernel SVMs scale poorly to very large datasets.", false)]
    public void Should_Read_Which_Side_Of_Unlike_Each_Thing_Is_On(string answer, bool turned)
    {
        // Given
        string[] points = ["Kernel SVMs scale poorly to very large datasets, unlike logistic regression and trees.", "Trees need no feature scaling."];

        // When
        var unit = Unit("How do logistic regression, trees and SVMs compare?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
    }

    [Fact]
    public void Should_Keep_A_Comparison_Restated_The_Other_Way_Round()
    {
        // Given
        string[] points = ["Prediction intervals for new observations are wider than confidence intervals for the mean.", "Aleatoric noise cannot be reduced."];

        // When
        var restated = Unit("How do prediction and confidence intervals differ?", points, "The confidence interval for the mean is narrower than the prediction interval for a new observation.");
        var reversed = Unit("How do prediction and confidence intervals differ?", points, "A prediction interval for a new observation is narrower than the confidence interval for the mean.");

        // Then
        Assert.Null(restated.Conflict);
        Assert.False(restated.RolesSwapped);
        Assert.False(reversed.Covered);
        Assert.NotNull(reversed.Conflict);
    }

    [Fact]
    public void Should_Read_A_Ranked_Thing_Made_The_Foil()
    {
        // Given
        string[] points = ["Sparse high-dimensional data such as bag-of-words suits linear models better.", "Trees cannot extrapolate."];

        // When
        var foil = Unit("When are trees not useful?", points, "For sparse high-dimensional data like bag-of-words, trees work better than linear models.");
        var right = Unit("When are trees not useful?", points, "For sparse high-dimensional data like bag-of-words, linear models work better than trees.");

        // Then
        Assert.True(foil.RolesSwapped);
        Assert.False(right.RolesSwapped);
    }

    [Theory]
    [InlineData("Raising the number of probes increases recall and cuts the latency.", false)]
    [InlineData("Probing more lists raises recall, and latency increases with it.", true)]
    public void Should_Give_A_Direction_To_Every_Thing_And_Adds(string answer, bool covered)
    {
        // Given
        string[] points = ["Raising the number of probes increases both recall and latency.", "Centroids come from k-means."];

        // When
        var unit = Unit("How does an inverted-file index work?", points, answer);

        // Then
        Assert.Equal(covered, unit.Conflict is null);
        Assert.True(covered || !unit.Covered);
    }

    [Theory]
    [InlineData("Reduce-on-plateau increases the learning rate whenever the validation loss stops improving.", false)]
    [InlineData("Reduce-on-plateau keeps the rate while the validation loss improves and cuts it once the loss stalls.", true)]
    public void Should_Read_No_Direction_In_A_Long_Hyphenated_Name(string answer, bool covered)
    {
        // Given
        string[] points = ["Reduce-on-plateau lowers the rate when validation loss stalls.", "Warm-up starts small."];

        // When
        var unit = Unit("How do learning-rate schedules work?", points, answer);

        // Then
        Assert.Equal(covered, unit.Conflict is null);
    }

    [Theory]
    [InlineData("Batch normalisation needs smaller learning rates.", false)]
    [InlineData("With batch normalisation you can train at higher learning rates.", true)]
    public void Should_Read_A_Size_Given_Where_The_Point_Gives_A_Height(string answer, bool covered)
    {
        // Given
        string[] points = ["Batch normalisation makes higher learning rates usable.", "It normalises over the batch."];

        // When
        var unit = Unit("What does batch normalisation do?", points, answer);

        // Then
        Assert.Equal(covered, unit.Conflict is null);
    }

    [Theory]
    [InlineData("Skipping the filtered-out nodes raises recall.", false)]
    [InlineData("Skipping the filtered-out nodes can cut the graph apart and hurt recall.", true)]
    public void Should_Read_A_Rise_Against_A_Harm(string answer, bool covered)
    {
        // Given
        string[] points = ["Skipping filtered-out nodes can disconnect the graph and hurt recall.", "Pre-filtering is exact."];

        // When
        var unit = Unit("How does filtered vector search work?", points, answer);

        // Then
        Assert.Equal(covered, unit.Conflict is null);
    }

    [Fact]
    public void Should_Not_Read_An_Improving_Loss_Against_A_Lowered_Rate()
    {
        // Given: a loss that improves falls, so "improving" is no rise against "lowers".
        string[] points = ["Reduce-on-plateau lowers the rate when validation loss stalls.", "Warm-up starts small."];

        // When
        var unit = Unit("How do learning-rate schedules work?", points, "While the validation loss keeps improving nothing happens; once it stalls, the rate is cut.");

        // Then
        Assert.Null(unit.Conflict);
    }

    [Theory]
    [InlineData("Even if only two experts fire for a token, you can't drop the others from memory.", true)]
    [InlineData("Only the active experts are kept; the others are dropped from memory.", false)]
    public void Should_Read_A_Negated_Opposite_Verb_As_The_Point(string answer, bool agrees)
    {
        // Given
        string[] points = ["All experts must still be held in memory.", "A router picks the top-k experts."];

        // When
        var unit = Unit("How does a mixture of experts work?", points, answer);

        // Then
        Assert.Equal(agrees, unit.Contradiction < 0.15);
    }

    [Theory]
    [InlineData("CNNs are more shape-biased than ViTs, which rely mostly on texture.", true)]
    [InlineData("CNNs are less texture-biased than ViTs.", true)]
    [InlineData("ViTs are more shape-biased than CNNs.", false)]
    [InlineData("CNNs are less shape-biased than ViTs.", false)]
    public void Should_Read_Each_Ranking_Of_A_Comparison_By_What_It_Ranks(string answer, bool turned)
    {
        // Given: the point ranks two measures two ways, so "more" alone neither turns nor keeps it
        string[] points = ["ViTs tend to be more shape-biased and less texture-biased than ImageNet CNNs.", "ViTs remain vulnerable to adversarial attacks."];

        // When
        var unit = Unit("Are Vision Transformers more robust than CNNs?", points, answer);

        // Then
        Assert.Equal(turned, unit.RolesSwapped);
        Assert.Null(unit.Conflict);
        if (turned)
        {
            Assert.False(unit.Covered);
        }
    }
}
