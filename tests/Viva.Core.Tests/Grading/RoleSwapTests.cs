using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>Claims said of the wrong one of two compared things, read clause by clause.</summary>
public sealed class RoleSwapTests
{
    private const string Question = "How do bagging and boosting differ?";

    private static readonly string[] KeyPoints =
    [
        "Bagging trains models independently on bootstrap samples and averages them.",
        "Boosting trains models sequentially, each focusing on the errors of the ensemble so far.",
        "Bagging mainly reduces variance.",
        "Boosting mainly reduces bias.",
    ];

    private static UnitMatch Unit(string answer, int point, string question = Question, string[]? keyPoints = null) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, string.Empty, keyPoints ?? KeyPoints, answer)).Units[point];

    [Theory]
    [InlineData("Bagging mostly attacks bias, and it is boosting that brings the variance down.")]
    [InlineData("Bagging is there to cut bias; it's boosting whose job is to reduce variance.")]
    [InlineData("Boosting mainly reduces variance, whereas bagging mainly reduces bias.")]
    public void Should_Not_Cover_A_Claim_The_Answer_Makes_Of_The_Other_Subject(string answer)
    {
        // When
        var variance = Unit(answer, 2);

        // Then
        Assert.True(variance.RolesSwapped, "variance reduction is said of boosting");
        Assert.False(variance.Covered);
        Assert.Equal("Bagging", variance.SwappedWords?.First);
        Assert.Equal("boosting", variance.SwappedWords?.Second, ignoreCase: true);
    }

    [Fact]
    public void Should_Read_A_Point_Opened_By_A_Pronoun_As_About_The_Question_s_Thing()
    {
        // Given: "It ignores…" is said of precision, so its first word is no thing of its own that precision could take over
        string[] points =
        [
            "Precision = TP / (TP + FP): the share of positive predictions that are correct.",
            "It ignores false negatives, so it can be high while many positives are missed.",
            "Precision falls when positives become rarer, even for the same model.",
            "It matters most when false positives are costly, as in spam filtering.",
        ];

        // When
        var unit = Unit("Precision doesn't look at false negatives, so it can stay high while many positives are missed.", 1, "What is precision?", points);

        // Then
        Assert.False(unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Bagging mainly reduces variance, while boosting mainly reduces bias.")]
    [InlineData("Unlike boosting, which goes after bias, bagging mainly reduces variance.")]
    [InlineData("Compared with boosting, bagging mainly reduces the variance of the ensemble.")]
    [InlineData("Both bagging and boosting combine many models; bagging mainly reduces variance.")]
    public void Should_Keep_A_Claim_Said_Of_Its_Own_Subject_Beside_The_Other(string answer)
    {
        // When
        var variance = Unit(answer, 2);

        // Then
        Assert.False(variance.RolesSwapped, $"'{answer}' says variance reduction of bagging");
        Assert.Null(variance.SwappedWords);
    }

    [Fact]
    public void Should_Read_A_Comparison_Turned_Round()
    {
        // Given
        const string question = "How do ViTs compare with CNNs?";
        string[] points = ["ViTs have weaker inductive biases than CNNs, so they need more data.", "Self-attention gives a global receptive field in every layer."];

        // When
        var turned = Unit("It's the CNNs that have the weaker inductive biases, so they are the ones that need more data.", 0, question, points);
        var right = Unit("Compared with CNNs, ViTs have weaker inductive biases, so they need more data.", 0, question, points);

        // Then
        Assert.True(turned.RolesSwapped, "the weaker inductive biases are given to the CNNs");
        Assert.False(turned.Covered);
        Assert.False(right.RolesSwapped);
        Assert.True(right.Covered);
    }

    [Theory]
    [InlineData("High variance shows up as underfitting, while high bias shows up as a large gap between training and validation scores.", true)]
    [InlineData("Underfitting indicates high variance, and a wide gap between training and validation error indicates high bias.", true)]
    [InlineData("High bias means underfitting, and high variance means a big gap between training and validation error.", false)]
    public void Should_Read_Each_Half_Of_A_Point_About_Two_Subjects(string answer, bool swapped)
    {
        // Given: a point that says one thing of each subject, each qualified by a direction ("high bias", "high variance")
        const string question = "How would you define the bias and the variance of a model?";
        string[] points = ["Bias comes from overly simple assumptions.", "High bias shows as underfitting; high variance as a large train-validation gap."];

        // When
        var unit = Unit(answer, 1, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
        Assert.Equal(swapped, !unit.Covered);
    }

    [Theory]
    [InlineData("HAVING removes individual rows before grouping happens, while WHERE removes groups after aggregation.", true)]
    [InlineData("WHERE throws out single rows before the grouping happens, and HAVING throws out groups after aggregation.", false)]
    public void Should_Read_Sql_Keywords_As_The_Subjects_Compared(string answer, bool swapped)
    {
        // Given: "WHERE" and "HAVING" are function words in prose but the things compared here
        const string question = "What is the difference between WHERE and HAVING?";
        string[] points = ["WHERE filters individual rows before grouping.", "HAVING filters groups after aggregation."];

        // When
        var unit = Unit(answer, 0, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
    }

    [Fact]
    public void Should_Read_The_Other_Subjects_Claim_Given_To_This_One()
    {
        // Given
        const string question = "How do BFS and DFS differ?";
        string[] points = ["BFS uses a queue and explores in order of distance from the source.", "DFS uses a stack or recursion and goes deep before backtracking."];

        // When
        var taken = Unit("BFS is implemented with a stack and goes deep before backtracking.", 0, question, points);
        var right = Unit("BFS is implemented with a queue, so it explores in order of distance from the source.", 0, question, points);

        // Then
        Assert.True(taken.RolesSwapped, "the stack and going deep belong to DFS");
        Assert.Equal(("BFS", "DFS"), taken.SwappedWords);
        Assert.False(right.RolesSwapped);
        Assert.True(right.Covered);
    }

    [Fact]
    public void Should_Name_The_Swapped_Subjects_In_The_Feedback()
    {
        // Given: no encoder, so the words alone grade
        var grader = HybridGrader.Create(() => null);
        var request = new GradingRequest(Question, string.Empty, KeyPoints, "Bagging mostly attacks bias, and it is boosting that brings the variance down.");

        // When
        var result = grader.Grade(request);

        // Then
        Assert.DoesNotContain(result.Covered, c => c.KeyPoint == KeyPoints[2] || c.KeyPoint == KeyPoints[3]);
        // Either as a swap of the two roles or as a word given to the other one, the feedback names both things.
        Assert.Contains(result.Contradictions, c => c.StartsWith("You swapped the roles of “Boosting” and “Bagging”", StringComparison.Ordinal)
            || (c.StartsWith("You attributed “bias” to Bagging", StringComparison.Ordinal) && c.Contains("oosting", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("When false alarms are what hurts, as with blocking a customer's account, recall is the metric to push.", true)]
    [InlineData("When false alarms are what hurts, as with blocking a customer's account, precision is the metric to push.", false)]
    [InlineData("For cancer screening optimise precision, since a missed case is the expensive mistake, while a spam filter should maximise recall.", true)]
    [InlineData("For cancer screening optimise recall, since a missed case is the expensive mistake, while a spam filter should maximise precision.", false)]
    public void Should_Read_An_Opening_Circumstance_As_Said_Of_The_Main_Clauses_Role(string answer, bool swapped)
    {
        // Given: points that open with an instruction, which is no role of its own
        const string question = "When would you prioritize precision over recall, or the reverse?";
        string[] points = ["Favour recall when misses are costly: disease screening, fraud, safety.", "Favour precision when false alarms are costly: spam filtering, blocking accounts."];

        // When
        var unit = Unit(answer, 1, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
        Assert.True(!swapped || !unit.Covered);
    }

    [Theory]
    [InlineData("Exact error codes and part numbers are handled poorly by BM25.", true)]
    [InlineData("Exact error codes and part numbers are handled poorly by dense retrieval.", false)]
    public void Should_Read_The_Object_Of_A_Passive_As_Said_Of_Its_Doer(string answer, bool swapped)
    {
        // Given
        const string question = "Compare BM25 keyword search with dense vector retrieval. Where does each fail?";
        string[] points =
        [
            "BM25 scores term matches by IDF with saturating term frequency and document-length normalisation.",
            "BM25 excels at exact identifiers, names and rare terms.",
            "BM25 needs no training, so it is a strong baseline on unfamiliar domains.",
            "BM25 misses synonyms and paraphrases because it only matches surface terms.",
            "Dense retrieval matches meaning, handling paraphrases and synonyms.",
            "Dense retrieval struggles with exact codes, numbers and out-of-domain text.",
        ];

        // When
        var unit = Unit(answer, 5, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("A cross-encoder encodes the query and each document on their own; a bi-encoder feeds the pair through the model together.", true)]
    [InlineData("A bi-encoder encodes the query and each document on their own; a cross-encoder feeds the pair through the model together.", false)]
    public void Should_Read_A_Claim_Said_Mostly_Of_The_Other_Role(string answer, bool swapped)
    {
        // Given: the answer says little of the point's claim, and what it says goes to the other encoder
        const string question = "What is the difference between a bi-encoder and a cross-encoder, and why do RAG pipelines rerank?";
        string[] points = ["A bi-encoder embeds query and document separately and scores them with a dot product or cosine.", "A cross-encoder reads query and document together, so attention sees their interactions."];

        // When
        var unit = Unit(answer, 1, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Unlike a random forest, gradient boosting grows deep trees independently and averages them to cut variance.", true)]
    [InlineData("Unlike gradient boosting, a random forest grows deep trees independently and averages them to cut variance.", false)]
    public void Should_Not_Join_Two_Roles_Across_A_Comma(string answer, bool swapped)
    {
        // Given
        const string question = "Compare gradient boosting and random forests. When would you choose each?";
        string[] points =
        [
            "Both are tree ensembles that handle nonlinearity and need no feature scaling.",
            "Random forests average independent deep trees to cut variance.",
            "Gradient boosting adds shallow trees sequentially to cut bias.",
        ];

        // When
        var unit = Unit(answer, 1, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("The discriminator turns random noise into samples, and the generator decides whether a sample is real.", true)]
    [InlineData("The generator turns random noise into samples, and the discriminator decides whether a sample is real.", false)]
    public void Should_Take_A_Common_Word_The_Key_Points_Keep_Coming_Back_To_As_A_Role(string answer, bool swapped)
    {
        // Given: "generator" is common in the bank, but three key points speak of it
        const string question = "What is a generative adversarial network (GAN), and how is it trained?";
        string[] points =
        [
            "A generator maps random noise to samples.",
            "A discriminator classifies samples as real or fake.",
            "At the optimum the generator matches the data distribution and D outputs 0.5.",
            "The non-saturating generator loss −log D(G(z)) avoids vanishing gradients early in training.",
        ];

        // When
        var unit = Unit(answer, 0, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Quicksort runs in n log n on average and quadratic at worst; it sorts in place, is unstable, and is fast in practice.", false)]
    [InlineData("Quicksort runs in n log n on average and quadratic at worst; merge sort sorts in place, is unstable, and is fast in practice.", true)]
    public void Should_Read_A_Role_Word_After_It_As_A_Verb(string answer, bool swapped)
    {
        // Given: "sort" names merge sort or heap sort, but "it sorts" says what the thing before does
        const string question = "Compare the common sorting algorithms: quicksort, merge sort, heap sort and insertion sort.";
        string[] points =
        [
            "Quicksort: O(n log n) average, O(n²) worst, in place, unstable, fast in practice.",
            "Merge sort: O(n log n) always, stable, O(n) extra memory, and suits linked lists and external sorting.",
            "Heap sort: O(n log n) worst case with O(1) extra space, unstable.",
            "Insertion sort is O(n²) but excellent for small or nearly sorted inputs.",
            "Comparison sorts have an Ω(n log n) lower bound.",
            "Counting and radix sort beat that bound for bounded integer keys.",
        ];

        // When
        var unit = Unit(answer, 0, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Online learning is a good fit when the data doesn't fit in memory, arrives as a stream, or its distribution drifts over time.", false)]
    [InlineData("Batch learning is a good fit when the data doesn't fit in memory, arrives as a stream, or its distribution drifts over time.", true)]
    public void Should_Read_Another_Points_Claim_In_Its_Own_Words_Only(string answer, bool swapped)
    {
        // Given: "a good fit" is no training, though "fit" and "train" are synonyms
        const string question = "What is the difference between batch and online learning?";
        string[] points =
        [
            "Batch learning trains on the full available dataset at once.",
            "Online learning suits streaming data, concept drift and data too big for memory.",
            "Online learning updates the model incrementally as new data arrives.",
            "Batch learning is easier to reproduce and validate but adapts slowly.",
        ];

        // When
        var unit = Unit(answer, 1, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped || unit.Swap >= 0.15);
    }

    [Theory]
    [InlineData("A big gap between training and validation scores means high variance; underfitting means high bias.", false)]
    [InlineData("A big gap between training and validation scores means high bias; underfitting means high variance.", true)]
    public void Should_Read_A_Sign_Either_Way_Round(string answer, bool swapped)
    {
        // Given
        const string question = "How do high bias and high variance show up?";
        string[] points = ["High bias shows as underfitting; high variance as a large train-validation gap.", "More data lowers variance."];

        // When
        var unit = Unit(answer, 0, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped || unit.Swap + unit.Contradiction >= 0.15);
    }

    [Theory]
    [InlineData("NULLIF fills missing values with a default.", true)]
    [InlineData("COALESCE fills missing values with a default.", false)]
    public void Should_Read_A_Claim_Given_To_The_Particular_Thing_Another_Point_Is_About(string answer, bool swapped)
    {
        // Given: the question names neither function, and the answer names only the wrong one
        const string question = "How do you clean data in SQL: remove duplicates, handle missing values and fix data types?";
        string[] points = ["COALESCE fills missing values with a default.", "NULLIF converts empty strings or sentinel values to NULL.", "CAST converts types."];

        // When
        var unit = Unit(answer, 0, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
        Assert.Equal(!swapped, unit.Covered);
        if (swapped)
        {
            Assert.Equal("COALESCE", unit.SwappedWords?.First);
            Assert.Equal("NULLIF", unit.SwappedWords?.Second);
        }
    }

    [Fact]
    public void Should_Not_Read_A_Claim_Said_Of_The_Questions_Own_Topic_As_Swapped()
    {
        // Given: ARIMA is what the question asks about, so a clause about it is no rival's claim
        const string question = "What is ARIMA, and how do you choose its orders?";
        string[] points = ["ARIMA(p, d, q): p autoregressive lags, d differences, q lagged error terms.", "Differencing (d) makes the series stationary before fitting the ARMA part."];

        // When
        var unit = Unit("The d in ARIMA is how many times you subtract each value from the one before it, so the ARMA part sees a stationary series.", 1, question, points);

        // Then
        Assert.False(unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Regression trees use Gini or entropy to measure impurity.", true)]
    [InlineData("Regression trees measure impurity with the variance of the targets.", false)]
    [InlineData("Gini and entropy are used by classification trees, while regression trees use the variance.", false)]
    public void Should_Read_Another_Points_Claim_Said_Of_This_Points_Thing_The_Question_Does_Not_Name(string answer, bool swapped)
    {
        // Given: the question names neither kind of tree
        const string question = "How does a decision tree choose its splits?";
        string[] points =
        [
            "Trees grow top-down, greedily choosing the split that most reduces impurity.",
            "Classification trees measure impurity with Gini or entropy.",
            "Regression trees measure impurity with variance or squared error.",
        ];

        // When
        var unit = Unit(answer, 2, question, points);

        // Then
        Assert.Equal(swapped, unit.RolesSwapped);
        if (swapped)
        {
            Assert.False(unit.Covered);
        }
    }

    [Theory]
    [InlineData("Huber loss suits Gaussian noise and squares every error, while MSE is quadratic near zero and linear for large errors.", true)]
    [InlineData("MSE squares every error and suits Gaussian noise, while Huber loss is quadratic near zero and linear for large errors.", false)]
    public void Should_Read_A_Point_That_Opens_With_A_Kind_As_About_That_Kind(string answer, bool swapped)
    {
        // Given: "MSE" has opposites among kinds of loss, yet it is what the point is about, not a direction
        string[] points = ["MSE squares every error and suits Gaussian noise.", "Huber loss is quadratic near zero and linear for large errors."];

        // When
        var huber = Unit(answer, 1, "How do MSE and Huber loss compare?", points);

        // Then
        Assert.Equal(swapped, huber.RolesSwapped);
    }
}
