using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>Which thing an answer says a word of, and so whether it says a key point of the wrong one.</summary>
public sealed class SubjectReadingTests
{
    // The coverage lost to swapped words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        LexicalGrader.Default.Analyze(new GradingRequest(question, points[point], points, answer)).Units[point];

    [Theory]
    [InlineData("Warm-up begins with a tiny rate and increases it over the first few thousand steps, which Transformers trained with big batches rely on.", false)]
    [InlineData("Warm-up begins with a tiny rate and increases it over the steps, which Transformers trained with big batches rely on.", true)]
    public void Should_Not_Read_A_Counted_Word_As_A_Subject(string answer, bool swapped)
    {
        // Given: "step" names step decay, and "over the steps" says the rest of it of step decay; "a few thousand steps" counts steps
        string[] points =
        [
            "Warm-up ramps the rate up at the start, standard for Transformers and large batches.", "Step decay drops the rate by a factor at fixed epochs.",
            "Exponential decay multiplies the rate by a constant each step or epoch.", "Cosine annealing decreases the rate smoothly along a half cosine.",
            "Cyclic and one-cycle schedules vary the rate between bounds.", "Reduce-on-plateau lowers the rate when validation loss stalls.",
            "Schedules use large learning rates early for progress and small ones late for convergence.",
        ];

        // When
        var unit = Unit("What is a learning-rate schedule? Describe step decay, exponential decay, cosine annealing, warm-up and cyclic schedules.", points, answer);

        // Then
        Assert.True(swapped == (unit.Swap >= Limit || unit.RolesSwapped), $"swap {unit.Swap} disorder {unit.Disorder} {unit.SwappedWords} {unit.Conflict}");
    }

    [Theory]
    [InlineData("Where supervised learning needs labels, unsupervised learning looks for structure in data that has none.", false)]
    [InlineData("Unsupervised learning needs labels, and it looks for structure in them.", true)]
    public void Should_Read_An_Opening_Where_Clause_As_Said_Of_The_Other_Subject(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Unsupervised learning finds structure in unlabelled data.", "Supervised learning learns from labelled examples."];

        // When
        var unit = Unit("Supervised or unsupervised learning?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction + unit.Swap >= Limit);
    }

    [Fact]
    public void Should_Not_Read_Two_Subjects_In_Different_Clauses_As_One_Compound()
    {
        // Given: "gradient boosting" ends its clause; the random forest is what averages the trees
        const string question = "How do gradient boosting and random forests differ?";
        string[] points = ["Random forests average independent deep trees to cut variance.", "Gradient boosting adds shallow trees sequentially to cut bias."];

        // When
        var right = Unit(question, points, "Unlike gradient boosting, a random forest trains its trees in parallel and averages them to cut variance.");
        var swapped = Unit(question, points, "Unlike a random forest, gradient boosting trains its trees in parallel and averages them to cut variance.");

        // Then
        Assert.True(right.Swap < Limit, $"swap {right.Swap}");
        Assert.True(swapped.Swap >= Limit, $"swap {swapped.Swap}");
    }

    [Fact]
    public void Should_Not_Say_A_Word_Of_A_Subject_A_Phrase_Away()
    {
        // Given: "update on one batch" says the update of the iteration, not of the batch
        const string question = "What is the difference between an epoch, a batch and an iteration?";
        string[] points = ["A batch is the set of examples used for one gradient computation.", "An iteration is one parameter update on one batch.", "An epoch is one pass over the entire training set."];

        // When
        var right = Unit(question, points, "An iteration is just one update on a single batch.", 1);
        var swapped = Unit(question, points, "An epoch is just one update on a single batch.", 1);

        // Then
        Assert.True(right.Swap < Limit, $"swap {right.Swap}");
        Assert.True(right.Covered);
        Assert.False(swapped.Covered);
    }

    [Theory]
    [InlineData("Boosting is usually more accurate than a random forest on tabular data.", false)]
    [InlineData("A random forest is usually more accurate than boosting on tabular data.", true)]
    public void Should_Say_A_Comparison_Of_Its_Subject_Not_Of_The_Thing_After_Than(string answer, bool swapped)
    {
        // Given
        string[] points = ["Boosting is usually the more accurate choice on tabular data.", "Random forests tolerate noisy labels better than boosting."];

        // When
        var unit = Unit("How do gradient boosting and random forests differ?", points, answer);

        // Then
        Assert.Equal(swapped, unit.Swap >= Limit);
    }

    [Theory]
    [InlineData("With an absolute-value penalty many coefficients end up exactly 0, so the model is sparse; the squared L2 penalty just makes every weight a bit smaller and never exactly zero.", false)]
    [InlineData("L2 sets many weights to exactly zero, so the model is sparse; L1 only makes every weight a bit smaller.", true)]
    public void Should_Not_Read_A_Word_Denied_Of_The_Other_Subject_As_A_Swap(string answer, bool swapped)
    {
        // Given: the answer denies "zero" of L2, which is what the point on L1 leads one to expect
        const string question = "What is the difference between L1 and L2 regularization?";
        string[] points =
        [
            "L1 adds λ·Σ|wᵢ| to the loss.", "L2 adds λ·Σwᵢ² to the loss.", "L1 drives some weights exactly to zero, so it performs feature selection.",
            "L2 shrinks all weights smoothly and has a closed-form ridge solution.", "Elastic net mixes L1 and L2 penalties.",
        ];

        // When
        var unit = Unit(question, points, answer, point: 2);

        // Then
        Assert.Equal(swapped, unit.Swap > 0);
        Assert.Equal(swapped, unit.Conflict?.Kind == ConflictKind.Swapped);
    }

    [Fact]
    public void Should_Mark_The_Thing_A_Clause_Is_Set_Against()
    {
        // When
        var tokens = GradingTokenizer.Tokenize("stars are simpler than against a snowflake, because they need fewer joins");

        // Then
        Assert.True(tokens.Single(t => t.Key == "snowflak").Foil);
        Assert.False(tokens.Single(t => t.Key == "star").Foil);
        Assert.False(tokens.Single(t => t.Key == "join").Foil);
    }

    [Fact]
    public void Should_Not_Read_A_Word_For_A_Kind_Of_Thing_As_Swapped()
    {
        // Given: both are methods; what sets them apart is supervised or not
        string[] points = ["kNN is a supervised method: it needs labelled data.", "k-means is unsupervised clustering."];

        // When
        var right = Unit("How do kNN and k-means differ?", points, "kNN is supervised, and k-means is an unsupervised clustering method.");

        // Then
        Assert.True(right.Swap < Limit, $"swap {right.Swap}");
    }

    [Fact]
    public void Should_Say_What_Follows_A_Word_For_A_Kind_Of_Thing_Of_The_Subject_Before_It()
    {
        // Given: "model" is a word of the question, but "a decoder-only model" is GPT
        string[] points = ["GPT is a causal decoder trained to predict the next token, so it generates naturally.", "BERT is an encoder model that attends to tokens on both sides."];

        // When
        var unit = Unit("Why is GPT a better generative model than BERT?", points, "GPT is a decoder-only model trained to guess the following token, so producing text is just repeating that prediction.");

        // Then
        Assert.True(unit.Swap < Limit, $"swap {unit.Swap}");
    }

    [Fact]
    public void Should_Not_Say_The_Rest_Of_The_Sentence_Of_A_Subject_Set_Aside()
    {
        // Given
        const string question = "When do you use BFS and when DFS?";
        string[] points = ["BFS uses a queue and explores in order of distance from the source.", "DFS uses a stack and goes deep first."];

        // When
        var right = Unit(question, points, "BFS, not DFS, is the queue-based one: it visits vertices in order of their distance from the start.");
        var swapped = Unit(question, points, "DFS, not BFS, is the queue-based one: it visits vertices in order of their distance from the start.");

        // Then
        Assert.True(right.Swap < Limit, $"swap {right.Swap}");
        Assert.False(swapped.Covered);
    }

    [Theory]
    [InlineData("Average pooling outputs the mean of the window, whereas max pooling keeps only the largest value.", false)]
    [InlineData("Max pooling outputs the mean of the window, whereas average pooling keeps only the largest value.", true)]
    public void Should_Not_Read_A_Possessive_As_Said_Of_One_Subject(string answer, bool swapped)
    {
        // Given: every pooling has windows; "window's" says whose maximum
        string[] points = ["Max pooling keeps each window's maximum; average pooling takes the mean.", "Pooling layers have no learnable parameters."];

        // When
        var unit = Unit("What do max pooling and average pooling layers do?", points, answer);

        // Then
        Assert.Equal(swapped, !unit.Covered && unit.Swap + unit.Contradiction >= Limit);
    }

    [Fact]
    public void Should_Read_An_Opposite_Said_Of_The_Other_Subject_As_The_Other_Half_Of_The_Contrast()
    {
        // Given: "before" is the opposite of the point's "after", but the answer says it of WHERE, as the point implies
        const string question = "What is the difference between WHERE and HAVING?";
        string[] points = ["WHERE filters individual rows before grouping.", "HAVING filters groups after aggregation."];

        // When
        var unit = Unit(question, points, "WHERE throws out individual rows before they're grouped, and HAVING throws out whole groups once the aggregates are computed.", point: 1);

        // Then
        Assert.True(unit.Swap < Limit, $"swap {unit.Swap}");
        Assert.Null(unit.Conflict);
    }

    [Fact]
    public void Should_Not_Take_An_Instruction_For_A_Subject()
    {
        // Given: the question says "use", but "use" is what to do, not one of the things compared
        const string question = "When should you use RAG and when should you use fine-tuning?";
        string[] points = ["RAG suits knowledge that changes, must be cited, or is access-controlled.", "Fine-tuning suits behaviour such as output format and tone.", "The two combine: tune the generator to use context."];

        // When
        var unit = Unit(question, points, "Use retrieval when the knowledge keeps changing, needs citations or sits behind permissions.");

        // Then
        Assert.True(unit.Swap < Limit, $"swap {unit.Swap}");
        Assert.False(unit.RolesSwapped);
    }

    [Fact]
    public void Should_Say_A_Word_Of_Every_Subject_Joined_By_And()
    {
        // Given: "weak" stands before precision in the point and after recall in the answer
        const string question = "How do bias and variance show up in precision and recall?";
        string[] points = ["High bias gives weak precision and recall on both training and validation data.", "High variance gives a train-validation gap in precision and recall."];

        // When
        var unit = Unit(question, points, "With high bias, precision and recall are weak on both the training and the validation data.");

        // Then
        Assert.True(unit.Swap < Limit, $"swap {unit.Swap}");
        Assert.True(unit.Covered);
    }

    [Theory]
    [InlineData("MAE grows linearly with the error, whereas MSE grows with its square.", false)]
    [InlineData("MSE weights errors linearly, whereas MAE weights them quadratically.", true)]
    public void Should_Say_A_Word_A_Pronoun_Repeats_Of_Both_Subjects(string answer, bool swapped)
    {
        // Given: "them" says the errors of MAE as well
        string[] points = ["MSE weights errors quadratically; MAE weights them linearly.", "MAE is more robust to outliers."];

        // When
        var unit = Unit("How do MAE and MSE differ?", points, answer);

        // Then
        Assert.Equal(swapped, unit.Swap + unit.Contradiction >= Limit || unit.RolesSwapped);
    }

    [Theory]
    [InlineData("Dropout randomly switches off neurons during training, so neurons can't co-adapt.")]
    [InlineData("During training, dropout randomly switches off neurons, so neurons can't co-adapt.")]
    [InlineData("At test time dropout is off; while training it zeroes units at random so that they never co-adapt.")]
    public void Should_Not_Take_The_Time_Something_Happens_For_What_It_Is_Said_Of(string answer)
    {
        // Given: "training" and "test time" are subjects of the question, but "during training" only says when dropout acts
        const string question = "What is dropout, and how does it work at training and test time?";
        string[] points = ["Dropout zeroes each activation with probability p during training only.", "Dropout stops units from co-adapting.", "At inference dropout is disabled, so the layer is the identity."];

        // When
        var unit = Unit(question, points, answer, point: 1);

        // Then: "co-adapt" is said of dropout, as in the point, and the plain negation agrees with "stops … from"
        Assert.True(unit.Swap < Limit, $"swap {unit.Swap}");
        Assert.True(unit.Contradiction < Limit, $"contradiction {unit.Contradiction}");
    }

    [Fact]
    public void Should_Still_Read_A_Word_Given_To_The_Other_Subject_After_A_Setting()
    {
        // Given: the setting is skipped, but a subject that follows it still takes the words after it
        const string question = "What is the difference between L1 and L2 regularization?";
        string[] points = ["L1 drives some weights exactly to zero, so it performs feature selection.", "L2 shrinks all weights smoothly."];

        // When
        var unit = Unit(question, points, "After training, L2 leaves many weights exactly zero, which selects features.");

        // Then
        Assert.True(unit.Swap >= Limit, $"swap {unit.Swap}");
    }

    [Fact]
    public void Should_Not_Read_A_Head_Noun_Both_Things_Share_As_A_Subject()
    {
        // Given: "databases" follows both "SQL" and "NoSQL" in the question, so "graph databases" names neither
        string[] points = ["SQL is declarative.", "Relational databases use fixed schemas, keys and joins.", "NoSQL covers key-value, document, wide-column and graph stores built for scale."];

        // When
        var unit = Unit(
            "How do relational (SQL) databases differ from NoSQL databases, and how do SQL databases keep data consistent?",
            points,
            "NoSQL is an umbrella for key-value stores, document stores, wide-column ones and graph databases, mostly built to scale out.",
            2);

        // Then
        Assert.True(unit.Swap < Limit, $"swap {unit.Swap}, conflict {unit.Conflict}");
        Assert.True(unit.Covered);
    }
}
