using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>Answers that say the opposite of a key point, by a negator or an opposite word, and harmless negations.</summary>
public sealed class NegationTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static readonly LexicalGrader Grader = LexicalGrader.Default;

    // Without an encoder the hybrid grader judges by the words alone, and still names contradictions in its feedback.
    private static readonly HybridGrader Words = new(LexicalGrader.Default, HybridModel.Shipped, () => null);

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        Grader.Analyze(new GradingRequest(question, points[point], points, answer)).Units[point];

    [Theory]
    [InlineData("Benchmark scores are not stable across prompt formats.", false)]
    [InlineData("Benchmark scores aren't constant when the prompt format varies.", false)]
    [InlineData("Benchmark scores stay stable whatever the prompt format.", true)]
    public void Should_Read_A_Denied_Stability_As_The_Change_The_Point_States(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Benchmark scores shift with the prompt format.", "Report the evaluation settings."];

        // When
        var unit = Unit("Why report evaluation settings?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Without ORDER BY the database is free to return rows in any order.", false)]
    [InlineData("The rows always come back in insertion order, even without ORDER BY.", true)]
    [InlineData("Without ORDER BY you get the rows in insertion order.", true)]
    public void Should_Read_What_Fails_Without_A_Thing_As_What_Only_That_Thing_Ensures(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Only ORDER BY guarantees row order.", "LIMIT restricts the number of rows."];

        // When
        var unit = Unit("What does a basic SELECT do?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("A feature you cannot get at prediction time is useless, however good it looks offline.", false)]
    [InlineData("A feature you cannot get at prediction time is still fine to train on.", true)]
    public void Should_Read_A_Denial_That_Picks_Out_What_Is_Useless_As_What_Is_Expected(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Every feature must be available at prediction time.", "Domain knowledge often produces the strongest features."];

        // When
        var unit = Unit("What is feature engineering?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("You don't design the network by hand; NAS searches a defined space of options.", false)]
    [InlineData("NAS doesn't design the network at all; an engineer still picks every layer by hand.", true)]
    [InlineData("NAS does not automate network design; you still design it by hand.", true)]
    public void Should_Read_A_Denial_Of_Doing_It_By_Hand_As_The_Automation_The_Point_States(string answer, bool contradicted)
    {
        // Given
        string[] points = ["NAS automates network design over a defined search space, often of repeated cells.", "Weight sharing cuts the cost of evaluating candidates."];

        // When
        var unit = Unit("What is neural architecture search?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Legends from the two axes are merged automatically.", true)]
    [InlineData("Legends from the two axes have to be merged by hand, manually.", false)]
    public void Should_Read_Automatic_As_The_Opposite_Of_Manual(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Legends from twin axes must be merged manually.", "twinx shares the x-axis."];

        // When
        var unit = Unit("How do you plot two scales on one chart?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Fine-tuning a pretrained model doesn't need nearly as much labelled data.", false)]
    [InlineData("Fine-tuning a pretrained model needs more labelled data than training from scratch.", true)]
    public void Should_Read_Not_As_Much_As_Less(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Fine-tuning a pretrained model needs less labelled data.", "Freeze the early layers on small datasets."];

        // When
        var unit = Unit("Why fine-tune a pretrained model?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("Fit the scaler on the training split only, otherwise test statistics leak into training.", false)]
    [InlineData("Fit the scaler on the training split only, or else test statistics leak into training.", false)]
    [InlineData("Fit the scaler on all the data, and test statistics leak into training, which is fine.", true)]
    public void Should_Read_What_Happens_Otherwise_As_What_The_Purpose_Stops(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Fit the scaler on training data only, so that test statistics do not leak into training.", "Apply it to every split."];

        // When
        var unit = Unit("How do you scale features without leakage?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("No shard is owned by two primaries at the same time.", false)]
    [InlineData("A shard is never written by more than one primary.", false)]
    [InlineData("No shard is ever owned by a primary.", true)]
    public void Should_Read_None_By_Two_As_Exactly_One(string answer, bool contradicted)
    {
        // Given
        string[] points = ["Each shard is owned by exactly one primary.", "Replicas follow the primary."];

        // When
        var unit = Unit("How is a sharded store kept consistent?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The comparison was skewed partly by not adjusting the dropout rate for each model.", false)]
    [InlineData("The comparison was skewed partly by never changing the dropout rate between models.", false)]
    [InlineData("The comparison was skewed partly by not using any dropout rate in the models.", true)]
    public void Should_Read_A_Denied_Change_As_What_The_Point_Calls_Fixed(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The comparison was skewed by a fixed dropout rate across models.", "Tune each model separately."];

        // When
        var unit = Unit("Why was the model comparison unfair?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The autoencoder is trained on the cross-entropy between its input and its reconstruction.", true)]
    [InlineData("The autoencoder is trained on the mean squared error, the MSE, between its input and its reconstruction.", false)]
    public void Should_Read_Cross_Entropy_Against_MSE(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The autoencoder is trained on the MSE between its input and its reconstruction.", "The bottleneck is small."];

        // When
        var unit = Unit("How is this autoencoder trained?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The G-mean is the arithmetic mean of the two recalls.", true)]
    [InlineData("The G-mean is the harmonic mean of the two recalls.", true)]
    [InlineData("The G-mean is the geometric mean of the two recalls.", false)]
    public void Should_Read_One_Kind_Of_Mean_Against_Another(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The G-mean is the geometric mean of sensitivity and specificity.", "It punishes a classifier that ignores one class."];

        // When
        var unit = Unit("What is the G-mean?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Theory]
    [InlineData("The penalty decides how far the policy may wander from the reference model; a bigger one keeps it closer.", false)]
    [InlineData("The penalty lets the policy wander far from the reference model.", true)]
    public void Should_Read_A_Word_After_How_As_A_Scale_Not_A_Claim(string answer, bool contradicted)
    {
        // Given
        string[] points = ["The KL penalty keeps the policy near the reference model.", "It stops reward hacking."];

        // When
        var unit = Unit("What does the KL penalty in RLHF do?", points, answer);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    [Fact]
    public void Should_Read_A_Sum_Against_A_Product()
    {
        // Given
        string[] points = ["The joint probability of independent events is the product of their probabilities.", "P(A|B) = P(A) then."];

        // When
        var unit = Unit("What does independence mean?", points, "The joint probability of independent events is the sum of their probabilities.");

        // Then
        Assert.True(unit.Contradiction >= Limit, $"contradiction {unit.Contradiction}");
    }

    [Fact]
    public void Should_Read_No_Gradient_As_Zero_Gradient()
    {
        // Given: "zero" carries the claim, so the word after it takes either form
        string[] points = ["Easy triplets give zero gradient.", "Mine hard negatives."];

        // When
        var unit = Unit("Why mine hard negatives for triplet loss?", points, "Easy triplets contribute no gradient.");

        // Then
        Assert.True(unit.Contradiction < Limit, $"contradiction {unit.Contradiction}");
        Assert.True(unit.Covered);
    }

    [Theory]
    [InlineData("The cell state is updated multiplicatively.", true)]
    [InlineData("Skip connections make over-smoothing worse.", true)]
    [InlineData("The KL penalty is subtracted from the reward.", false)]
    [InlineData("The KL penalty is added to the reward.", true)]
    [InlineData("Local minima of large networks have losses far from the global minimum.", true)]
    [InlineData("A greedy crawler finds every section of the site.", true)]
    [InlineData("A greedy crawler can miss whole sections of the site.", false)]
    public void Should_Read_Opposites_A_Wrong_Answer_Uses_Without_A_Negator(string answer, bool contradicted)
    {
        // Given
        string[] points =
        [
            "The cell state is updated additively.", "Skip connections reduce over-smoothing.", "The KL penalty is subtracted from the reward.",
            "Local minima of large networks have losses close to the global minimum.", "A greedy crawler can miss whole sections of the site.",
        ];
        var point = answer switch
        {
            _ when answer.StartsWith("Skip", StringComparison.Ordinal) => 1,
            _ when answer.Contains("KL", StringComparison.Ordinal) => 2,
            _ when answer.StartsWith("Local", StringComparison.Ordinal) => 3,
            _ when answer.Contains("crawler", StringComparison.Ordinal) => 4,
            _ => 0,
        };

        // When
        var unit = Unit("What do these training facts say?", points, answer, point);

        // Then
        Assert.Equal(contradicted, unit.Contradiction >= Limit);
    }

    public sealed class TheTokenizer
    {
        [Theory]
        [InlineData("boosting hardly lowers bias", "lower")]
        [InlineData("the forest no longer overfits", "overfit")]
        [InlineData("boosting raises bias rather than lowering it", "lower")]
        [InlineData("use a fixed step instead of decaying the rate", "decai")]
        [InlineData("boosting fails to lower bias", "lower")]
        [InlineData("boosting rarely lowers bias", "lower")]
        [InlineData("boosting seldom lowers bias", "lower")]
        [InlineData("the model is unable to learn long dependencies", "learn")]
        public void Should_Read_Negating_Words_And_Pairs(string text, string key)
        {
            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.True(tokens.Single(t => t.Key == key).Negated, $"'{key}' should be negated in '{text}'");
            Assert.DoesNotContain(tokens, t => t.Key is "longer" or "rather" or "instead");
        }

        [Theory]
        [InlineData("the speed-up doesn't match the full FLOP cut", "flop")]
        [InlineData("the validation loss won't equal the training loss", "train")]
        public void Should_Deny_Only_The_Match_After_A_Negated_Match(string text, string key)
        {
            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.True(tokens.Single(t => t.Key == "match" || t.Key == "equal").Negated);
            Assert.False(tokens.First(t => t.Key == key).Negated, $"'{key}' should not be negated in '{text}'");
        }

        [Fact]
        public void Should_Affirm_What_Comes_Before_Rather_Than()
        {
            // When
            var tokens = GradingTokenizer.Tokenize("boosting raises bias rather than lowering it");

            // Then
            Assert.False(tokens.Single(t => t.Key == "rais").Negated);
            Assert.True(tokens.Single(t => t.Key == "lower").SetAside);
            Assert.False(tokens.Single(t => t.Key == "rais").InNegatedClause);
        }

        [Fact]
        public void Should_Read_A_Free_Suffix_As_Without()
        {
            // When
            var free = GradingTokenizer.Tokenize("static graphs allow Python-free deployment");
            var without = GradingTokenizer.Tokenize("static graphs allow deployment without Python");

            // Then
            Assert.True(free.Single(t => t.Key == "python").Negated);
            Assert.Equal(without.Single(t => t.Key == "python").Negated, free.Single(t => t.Key == "python").Negated);
            Assert.DoesNotContain(free, t => t.Key == "free");
            Assert.False(free.Single(t => t.Key == "deploy").Negated);
        }

        [Fact]
        public void Should_Read_A_Negation_Before_Unless_As_A_Condition()
        {
            // When
            var condition = GradingTokenizer.Tokenize("you can't select a plain column unless it's in the GROUP BY list");
            var denial = GradingTokenizer.Tokenize("you can't select a plain column, it's in the GROUP BY list");

            // Then
            Assert.False(condition.Single(t => t.Key == "select").Negated);
            Assert.False(condition.Single(t => t.Key == "select").InNegatedSentence);
            Assert.True(denial.Single(t => t.Key == "select").Negated);
        }

        [Fact]
        public void Should_End_Without_At_The_Verb()
        {
            // When
            var tokens = GradingTokenizer.Tokenize("deployment without Python is what static graphs buy you");

            // Then
            Assert.True(tokens.Single(t => t.Key == "python").Negated);
            Assert.False(tokens.Single(t => t.Key == "static").Negated);
            Assert.False(tokens.Single(t => t.Key == "graph").Negated);
        }

        [Theory]
        [InlineData("L1 doesn't just shrink weights", "shrink")]
        [InlineData("it is not only linear", "linear")]
        [InlineData("no matter what temperature you use", "temperatur")]
        public void Should_Not_Negate_After_Not_Only_Or_No_Matter(string text, string key) =>
            Assert.False(GradingTokenizer.Tokenize(text).Single(t => t.Key == key).Negated);

        [Theory]
        [InlineData("don't make k too small", "small", false)]
        [InlineData("not too large either", "larg", false)]
        [InlineData("don't make k small", "small", true)]
        [InlineData("k is not large", "larg", true)]
        public void Should_Not_Negate_A_Warning_Against_An_Excess(string text, string key, bool negated) =>
            Assert.Equal(negated, GradingTokenizer.Tokenize(text).Single(t => t.Key == key).Negated);

        [Fact]
        public void Should_Negate_Only_A_Whole_After_A_Negator()
        {
            // When
            var whole = GradingTokenizer.Tokenize("on a GPU you don't get the whole FLOP saving");
            var none = GradingTokenizer.Tokenize("on a GPU you don't get any FLOP saving");

            // Then
            Assert.True(whole.Single(t => t.Key == "whole").Negated);
            Assert.False(whole.Single(t => t.Key == "flop").Negated);
            Assert.True(none.Single(t => t.Key == "flop").Negated);
        }

        [Fact]
        public void Should_Drop_Keep_Before_A_Verb_In_Ing()
        {
            // When
            var going = GradingTokenizer.Tokenize("k-means keeps moving the centres");
            var storing = GradingTokenizer.Tokenize("kNN keeps the training data");

            // Then
            Assert.DoesNotContain(going, t => t.Key == "keep");
            Assert.Contains(storing, t => t.Key == "keep");
        }
    }

    public sealed class TheScopeOfHarmlessNegations
    {
        [Fact]
        public void Should_Not_Negate_A_Possessor()
        {
            // When
            var tokens = GradingTokenizer.Tokenize("it doesn't need VGG's dense layers");

            // Then: the layers are denied, not VGG, and the possessor takes none of the negation's reach
            Assert.False(tokens.Single(t => t.Key == "vgg").Negated);
            Assert.True(tokens.Single(t => t.Key == PorterStemmer.Stem("layers")).Negated);
        }

        [Fact]
        public void Should_Read_A_Comparison_Against_The_Other_Thing_As_Agreeing_Despite_A_Possessor_Under_Negation()
        {
            // Given
            string[] points = ["ResNet-50 is more accurate than VGG-16.", "ResNet-50 has fewer parameters than VGG-16."];

            // When
            var unit = Unit("How does ResNet-50 compare with VGG-16?", points,
                "Even though ResNet-50 is much deeper it doesn't need VGG's huge fully connected layers, so it still gets better accuracy.");

            // Then
            Assert.Equal(0, unit.Contradiction);
        }

        [Theory]
        [InlineData("the data is too big for memory", true)]
        [InlineData("the model is too slow to deploy on a phone", true)]
        [InlineData("the data is too big, memory is cheap", false)]
        public void Should_Read_What_Comes_After_Too_And_For_As_What_Cannot_Be(string text, bool negated)
        {
            // When
            var tokens = GradingTokenizer.Tokenize(text);
            var last = tokens.First(t => t.Key is "memori" or "deploi");

            // Then
            Assert.Equal(negated, last.Negated);
            Assert.False(tokens.Single(t => t.Key is "big" or "slow").Negated);
        }

        [Theory]
        [InlineData("Online learning is a good fit when the data doesn't fit in memory or arrives as a stream.", false)]
        [InlineData("Online learning is a good fit when the data fits in memory and arrives as a stream.", true)]
        public void Should_Read_Too_Big_For_Memory_As_Not_Fitting_In_It(string answer, bool contradicted)
        {
            // Given
            string[] points = ["Online learning suits streaming data and data too big for memory.", "Batch learning retrains on a full snapshot."];

            // When
            var unit = Unit("When would you pick online over batch learning?", points, answer);

            // Then
            Assert.Equal(contradicted, unit.Contradiction >= Limit);
        }

        [Fact]
        public void Should_Negate_Only_The_Word_After_Non()
        {
            // When
            var tokens = GradingTokenizer.Tokenize("a non-Markovian sampling process");

            // Then
            Assert.True(tokens.Single(t => t.Key == "markovian").Negated);
            Assert.False(tokens.Single(t => t.Key == "process").Negated);
        }

        [Fact]
        public void Should_End_A_Negation_At_A_Typed_Arrow()
        {
            // When
            var tokens = GradingTokenizer.Tokenize("no match -> right table cols = NULL");

            // Then
            Assert.True(tokens.Single(t => t.Key == "match").Negated);
            Assert.False(tokens.Single(t => t.Key == "right").Negated);
        }

        [Theory]
        [InlineData("it doesn't depend on anything but the arguments", "argument")]
        [InlineData("it depends on nothing but the arguments", "argument")]
        [InlineData("it doesn't depend on anything but the arguments", "depend")]
        public void Should_Read_Nothing_But_As_Only(string text, string key) =>
            Assert.False(GradingTokenizer.Tokenize(text).Single(t => t.Key == key).Negated);

        [Theory]
        [InlineData("it does not")]
        [InlineData("nothing")]
        [InlineData("nothing but")]
        public void Should_Read_A_Negator_At_The_End_Of_The_Text(string text) =>
            Assert.DoesNotContain(GradingTokenizer.Tokenize(text), t => t.Negated);

        [Fact]
        public void Should_Read_Without_And_A_Negated_Result_As_A_Requirement()
        {
            // When
            var requirement = GradingTokenizer.Tokenize("Without independent draws the theorem doesn't apply.");
            var denial = GradingTokenizer.Tokenize("The theorem holds without independent draws.");

            // Then
            Assert.False(requirement.Single(t => t.Key == "draw").Negated);
            Assert.True(requirement.Single(t => t.Key == "appli").Negated);
            Assert.True(denial.Single(t => t.Key == "draw").Negated);
        }

        [Fact]
        public void Should_End_Without_At_A_Pronoun_It_Takes()
        {
            // When: "without it" has its object; the claim after it is affirmed
            var tokens = GradingTokenizer.Tokenize("Non-linearity is essential, since without it the whole network collapses to a single linear map.");

            // Then
            Assert.False(tokens.Single(t => t.Key == "whole").Negated);
            Assert.False(tokens.Single(t => t.Key == "collaps").Negated);
            Assert.True(GradingTokenizer.Tokenize("It collapses without the whole stack.").Single(t => t.Key == "whole").Negated);
        }

        [Fact]
        public void Should_Credit_A_Point_Said_With_Net_For_Network()
        {
            // When
            var unit = Unit(
                "What properties make a good activation function for the hidden layers?",
                ["Non-linearity is essential, since without it the whole network collapses to a single linear map.", "Cheap computation matters."],
                "Without a non-linear activation, stacking layers gains nothing: the whole net collapses to one linear transformation.");

            // Then: neither "whole" (denied only in the point's "without it") nor "collapses" (said of the net) conflicts
            Assert.True(unit.Contradiction + unit.Swap < Limit, $"contradiction {unit.Contradiction}, swap {unit.Swap}");
        }

        [Theory]
        [InlineData("Assign with one .loc call, never chained indexing.", "assign with df.loc[mask, 'b'] = 1, avoid chained indexing")]
        [InlineData("Temperature never changes the ranking of the tokens.", "A high temperature flattens the distribution, but it doesn't change which token ranks first.")]
        [InlineData("ResNet-50 is more accurate than VGG-16.", "Even though ResNet-50 is deeper, it has fewer parameters and FLOPs and still gets better accuracy.")]
        [InlineData("Stemming is faster than lemmatization.", "Lemmatization is slower than stemming.")]
        [InlineData("Samples are drawn by following learned scores from high to low noise.", "At sampling time you start from pure noise and step along the learned scores, lowering the noise level as you go.")]
        [InlineData(
            "A BN layer's output is unchanged when the preceding weights are rescaled.",
            "If you scale the weights feeding into a BN layer, the output stays the same. Every layer's inputs get re-centred and rescaled.")]
        public void Should_Not_Contradict_A_Point_The_Answer_States(string point, string answer)
        {
            // When
            var unit = Unit("How do stemming and lemmatization, or ResNet-50 and VGG-16, differ?", [point, "Something else entirely."], answer);

            // Then
            Assert.True(unit.Contradiction + unit.Swap < Limit, $"contradiction {unit.Contradiction}, swap {unit.Swap}");
        }

        [Theory]
        [InlineData("Next I drive the loss to zero on one tiny batch; if the model can't overfit eight examples there's a bug.", false)]
        [InlineData("A correct model can't overfit a single small batch, and that is fine.", true)]
        public void Should_Read_A_Negation_In_A_Condition_Called_A_Fault_As_What_Is_Expected(string answer, bool contradicted)
        {
            // When
            var unit = Unit("How do you debug a neural network that is not training well?", ["A correct model should overfit a single small batch.", "Check the data first."], answer);

            // Then
            Assert.Equal(contradicted, unit.Contradiction + unit.Swap >= Limit);
        }

        [Theory]
        [InlineData("HAVING filters groups after aggregation.", "HAVING filters the groups before any aggregation.")]
        [InlineData("Stemming is faster than lemmatization.", "Stemming is slower than lemmatization.")]
        public void Should_Still_Contradict_An_Opposite_About_The_Same_Words(string point, string answer)
        {
            // When
            var unit = Unit("How do stemming and lemmatization, or WHERE and HAVING, differ?", [point, "Something else entirely."], answer);

            // Then
            Assert.True(unit.Contradiction + unit.Swap >= Limit, $"contradiction {unit.Contradiction}, swap {unit.Swap}");
        }
    }

    public sealed class TheWordsThatDenyByMeaning
    {
        [Theory]
        [InlineData("Pooling layers have no learnable parameters.", "There's nothing to learn there: a pooling layer is a fixed operation with zero weights.")]
        [InlineData("Multicollinearity makes coefficient signs unstable, not necessarily predictions.", "Multicollinearity makes the signs of the coefficients unstable, even when the predictions stay fine.")]
        [InlineData("Small per-task adapters allow many tasks to share one base model.", "You keep a single copy of the big model and swap in a few megabytes of adapter per task.")]
        [InlineData("Beyond some KL distance, proxy reward keeps rising while true quality falls.", "Push the policy far enough in KL and the proxy reward still climbs, but true quality drops.")]
        [InlineData("Temperature never changes the ranking of the tokens.", "Whatever the temperature, the order of the tokens is left unchanged.")]
        [InlineData("Dropout stops units from co-adapting.", "Units can't co-adapt any more, since any one of them may vanish.")]
        [InlineData("Custom LSTM settings disable the fast cuDNN kernel on GPUs.", "Turn on recurrent dropout and TensorFlow can't use the fast cuDNN kernel on the GPU.")]
        [InlineData("Statistical bias differs from fairness bias.", "This bias is a statistical error; it is not the fairness kind of bias.")]
        public void Should_Not_Contradict_A_Point_Said_In_Other_Words(string point, string answer)
        {
            // When
            var unit = Unit("What should you know about this?", [point, "Something else entirely."], answer);

            // Then
            Assert.True(unit.Contradiction + unit.Swap < Limit, $"contradiction {unit.Contradiction}, swap {unit.Swap}");
        }

        [Theory]
        [InlineData("Pooling layers have no learnable parameters.", "A pooling layer has its own learnable parameters, updated by backprop like a kernel.")]
        [InlineData("Multicollinearity makes coefficient signs unstable, not necessarily predictions.", "Multicollinearity makes the coefficient signs stable and the predictions unstable.")]
        [InlineData("Small per-task adapters allow many tasks to share one base model.", "Small per-task adapters allow only a few tasks to share one base model.")]
        [InlineData("Beyond some KL distance, proxy reward keeps rising while true quality falls.", "Beyond some KL distance the proxy reward drops while true quality climbs.")]
        [InlineData("Temperature never changes the ranking of the tokens.", "Whatever the temperature, the ranking of the tokens is changed.")]
        public void Should_Still_Contradict_The_Opposite(string point, string answer)
        {
            // When
            var unit = Unit("What should you know about this?", [point, "Something else entirely."], answer);

            // Then
            Assert.True(unit.Contradiction + unit.Swap >= Limit || unit.RolesSwapped, $"contradiction {unit.Contradiction}, swap {unit.Swap}");
        }

        [Theory]
        [InlineData("PCA captures linear structure only and ignores the target.", "PCA captures nonlinear structure as well.", true)]
        [InlineData("PCA captures linear structure only and ignores the target.", "PCA captures only linear structure.", false)]
        [InlineData("Bag of words ignores word order.", "Bag of words doesn't know the word order.", false)]
        public void Should_Read_A_Clause_That_Affirms_The_Opposite_Of_A_Negating_Verb_Plainly(string point, string answer, bool contradicted)
        {
            // When
            var unit = Unit("What should you know about this?", [point, "Something else entirely."], answer);

            // Then
            Assert.Equal(contradicted, unit.Contradiction + unit.Swap >= Limit);
        }

        [Fact]
        public void Should_Read_Fails_To_As_A_Denial()
        {
            // When
            var failed = Unit("What should you know about this?", ["Boosting mainly reduces bias.", "Something else entirely."], "Boosting fails to reduce bias.");

            // Then
            Assert.True(failed.Contradiction >= Limit, $"contradiction {failed.Contradiction}");
            Assert.False(failed.Covered);
        }

        [Theory]
        [InlineData("It allows higher learning rates.", "It forces you to use smaller learning rates.", true)]
        [InlineData("Bad data can corrupt an online model immediately.", "A burst of bad data can't really hurt an online model.", true)]
        [InlineData("Bad data can corrupt an online model immediately.", "Bad data can damage an online model right away.", false)]
        public void Should_Read_Other_Words_For_Sizes_And_Harm(string point, string answer, bool contradicted)
        {
            // When
            var unit = Unit("What should you know about this?", [point, "Something else entirely."], answer);

            // Then
            Assert.Equal(contradicted, unit.Contradiction + unit.Swap >= Limit);
        }

        [Theory]
        [InlineData("Adding a constant to all logits leaves softmax unchanged.", "Adding the same constant to every logit changes the softmax output.", true)]
        [InlineData("Adding a constant to all logits leaves softmax unchanged.", "Adding the same constant to every logit doesn't change the softmax output.", false)]
        [InlineData("The median is unaffected by a few extreme values.", "A few extreme values affect the median a lot.", true)]
        public void Should_Read_A_Change_Word_Negated_By_Its_Prefix_As_The_Claim(string point, string answer, bool contradicted)
        {
            // When
            var unit = Unit("What should you know about this?", [point, "Something else entirely."], answer);

            // Then
            Assert.Equal(contradicted, unit.Contradiction + unit.Swap >= Limit);
        }

        [Theory]
        [InlineData("Boosting can overfit with too many rounds and needs a learning rate or early stopping.", "Boosting never overfits, however many rounds you run.", true)]
        [InlineData("Boosting can overfit with too many rounds and needs a learning rate or early stopping.", "With too many rounds boosting overfits.", false)]
        [InlineData("Biases and normalisation parameters are usually excluded from weight decay.", "You usually don't decay biases or the normalisation parameters.", false)]
        [InlineData("Bag of words ignores word order and grammar.", "Bag of words doesn't keep word order or grammar.", false)]
        public void Should_Read_A_Negating_Verb_Over_Its_Own_Clause_And_Those_After_It(string point, string answer, bool contradicted)
        {
            // When
            var unit = Unit("What should you know about this?", [point, "Something else entirely."], answer);

            // Then
            Assert.Equal(contradicted, unit.Contradiction + unit.Swap >= Limit);
        }

        [Theory]
        [InlineData("Linked lists have poor cache locality.", "Linked lists are cache-friendly.", "Linked lists have poor locality in the cache.")]
        [InlineData("Too high a learning rate makes the loss oscillate.", "Too high a learning rate makes the loss fall smoothly.", "Too high a learning rate makes the loss oscillate wildly.")]
        [InlineData("A stack is LIFO.", "A stack is first in, first out.", "A stack is last in, first out.")]
        public void Should_Read_Opposite_Qualities(string point, string opposite, string same)
        {
            // When
            var reversed = Unit("What should you know about this?", [point, "Something else entirely."], opposite);
            var stated = Unit("What should you know about this?", [point, "Something else entirely."], same);

            // Then
            Assert.True(reversed.Contradiction >= Limit, $"'{opposite}': contradiction {reversed.Contradiction}");
            Assert.False(reversed.Covered);
            Assert.Equal(0, stated.Contradiction);
        }
    }

    public sealed class TheCoverage
    {
        [Fact]
        public void Should_Read_A_Negated_Synonym_As_A_Contradiction()
        {
            // Given
            string[] points = ["Boosting mainly reduces bias.", "Bagging mainly reduces variance."];

            // When
            var negated = Unit("Bagging or boosting?", points, "Boosting doesn't really lower the bias of its learners.");
            var affirmed = Unit("Bagging or boosting?", points, "Boosting lowers the bias of its learners.");

            // Then
            Assert.True(negated.Contradiction >= Limit, $"contradiction {negated.Contradiction}");
            Assert.False(negated.Covered);
            Assert.Equal(0, affirmed.Contradiction);
            Assert.True(affirmed.Covered);
        }

        [Fact]
        public void Should_Let_A_Reversed_Claim_Word_Outweigh_Its_Share_Of_The_Point()
        {
            // Given: "overfitting" is one light word beside "adding more trees", but it carries the claim
            string[] points = ["Adding more trees to a random forest does not cause overfitting: the error only levels off.", "Bootstrap rows decorrelate the trees."];

            // When
            var reversed = Unit("Why does a random forest beat one tree?", points, "Adding lots of trees to a random forest makes it overfit.");
            var agreeing = Unit("Why does a random forest beat one tree?", points, "Adding more trees to a random forest never makes it overfit.");

            // Then
            Assert.True(reversed.Contradiction >= Limit, $"contradiction {reversed.Contradiction}");
            Assert.Equal(ConflictKind.Negated, reversed.Conflict?.Kind);
            Assert.Equal("overfitting", reversed.Conflict?.Word);
            Assert.Equal(0, agreeing.Contradiction);
        }

        [Fact]
        public void Should_Read_An_Opposite_The_Answer_Says_More_Often_Than_The_Point()
        {
            // Given: the point says "lowering" of α and "increases" of β
            string[] points = ["At fixed sample size, lowering α increases β.", "Larger samples let you lower both error rates."];

            // When
            var reversed = Unit("Type I and Type II errors?", points, "With the sample size fixed, lowering α also lowers β.");
            var right = Unit("Type I and Type II errors?", points, "With the sample size fixed, lowering α increases β.");

            // Then
            Assert.True(reversed.Contradiction > 0, "the second 'lowers' is the opposite of 'increases'");
            Assert.Equal(0, right.Contradiction);
        }

        [Fact]
        public void Should_Not_Read_Two_Opposites_The_Point_Names_Together_As_A_Contradiction()
        {
            // Given
            string[] points = ["Inserting or deleting inside an array shifts O(n) elements.", "Arrays give O(1) indexed access."];

            // When
            var unit = Unit("Arrays or linked lists?", points, "Inserting into the middle of an array means shifting every element after the insertion point.");

            // Then
            Assert.Equal(0, unit.Contradiction);
        }

        [Fact]
        public void Should_Not_Contradict_A_Point_With_The_Alternative_It_Sets_Aside()
        {
            // Given: the point sets batch norm aside; an answer may name it to reject it or to say what it does
            string[] points = ["RNNs use layer norm instead of batch norm.", "Batch norm normalises with batch statistics."];

            // When
            var unit = Unit("Which normalisation do RNNs use?", points, "Batch norm is awkward for RNNs, so they use layer norm.");

            // Then
            Assert.Equal(0, unit.Contradiction);
        }

        [Theory]
        [InlineData("Bloom filters accept new keys incrementally.", "An XOR filter is built once and can't take new keys afterwards, whereas you can keep adding keys to a Bloom filter.")]
        [InlineData("Epistemic uncertainty shrinks with more data.", "Aleatoric noise can't be reduced, whereas epistemic uncertainty goes down as you gather more data.")]
        [InlineData("Bloom filters accept new keys incrementally.", "Unlike Bloom filters, XOR filters can't take new keys.")]
        public void Should_Not_Contradict_A_Point_With_A_Denial_Said_Of_The_Thing_Set_Against_It(string point, string answer)
        {
            // When
            var unit = Unit("How do the two differ?", [point, "Something else entirely."], answer);

            // Then
            Assert.True(unit.Contradiction + unit.Swap < Limit, $"contradiction {unit.Contradiction}, swap {unit.Swap}");
        }

        [Theory]
        [InlineData("Bloom filters can't take new keys, whereas XOR filters can.")]
        [InlineData("XOR filters are static, but Bloom filters can't take new keys either.")]
        [InlineData("Bloom filters are fast, but they can't take new keys.")]
        public void Should_Still_Contradict_A_Denial_Said_Of_The_Point_s_Own_Thing(string answer)
        {
            // When
            var unit = Unit("How do the two differ?", ["Bloom filters accept new keys incrementally.", "Something else entirely."], answer);

            // Then
            Assert.True(unit.Contradiction + unit.Swap >= Limit, $"contradiction {unit.Contradiction}, swap {unit.Swap}");
        }

        [Fact]
        public void Should_Keep_Crediting_A_Harmless_Negation()
        {
            // Given
            string[] points = ["L1 drives some weights exactly to zero, so it performs feature selection.", "L2 shrinks all weights smoothly."];

            // When
            var unit = Unit("L1 or L2?", points, "L1 doesn't just shrink the weights: it drives some weights exactly to zero, so it performs feature selection.");

            // Then
            Assert.Equal(0, unit.Contradiction);
            Assert.True(unit.Covered);
        }
    }

    public sealed class TheOppositesAndJoinedClaims
    {
        [Theory]
        [InlineData("Unlike averaging, attention's weights don't depend on the content of the tokens.", false)]
        [InlineData("Attention's weights depend on the content of the tokens and change from query to query.", true)]
        public void Should_Not_Reach_Back_From_A_Negating_Verb_Joined_By_And(string answer, bool agrees)
        {
            // Given: "differ" negates by its meaning, but "depend on content" before "and" is claimed outright
            string[] points = ["Attention's advantage is weights that depend on content and differ per query.", "A plain mean gives every value the weight 1/n."];

            // When
            var unit = Unit("How does plain averaging relate to attention?", points, answer);

            // Then
            Assert.Equal(agrees, unit.Contradiction < Limit);
        }

        [Theory]
        [InlineData("ViTs are immune to adversarial attacks thanks to global attention.", false)]
        [InlineData("ViTs are robust to adversarial attacks.", false)]
        [InlineData("ViTs can still be fooled: they are vulnerable to adversarial attacks.", true)]
        public void Should_Read_Immune_And_Robust_Against_Vulnerable(string answer, bool agrees)
        {
            // Given
            string[] points = ["ViTs are still vulnerable to adversarial attacks.", "ViTs are more shape-biased than CNNs."];

            // When
            var unit = Unit("Are Vision Transformers more robust than CNNs?", points, answer);

            // Then
            Assert.Equal(agrees, unit.Contradiction < Limit);
        }

        [Theory]
        [InlineData("It's evaluated with mean IoU across classes; plain pixel accuracy is misleading.", true)]
        [InlineData("It's evaluated with mean IoU across classes and with pixel accuracy.", false)]
        public void Should_Read_A_Thing_Called_Misleading_As_Denied(string answer, bool agrees)
        {
            // Given
            string[] points = ["The standard metric is mean IoU over classes, not pixel accuracy.", "It labels every pixel."];

            // When
            var unit = Unit("How is semantic segmentation evaluated?", points, answer);

            // Then
            Assert.Equal(agrees, unit.Contradiction < Limit);
        }

        [Fact]
        public void Should_Not_Read_The_Word_A_Point_Opens_With_As_A_Direction()
        {
            // Given: DISTINCT is the keyword the point is about, not the opposite of "identical"
            string[] points = ["DISTINCT removes only rows identical in every selected column.", "COALESCE fills missing values with a default."];

            // When
            var unit = Unit("How do you remove duplicates and handle missing values in SQL?", points, "DISTINCT only drops rows that match in every selected column, so near-duplicates survive.");

            // Then
            Assert.Null(unit.Conflict);
            Assert.True(unit.Contradiction < Limit);
        }
    }

    public sealed class TheScopeOfOrdersAndOtherThings
    {
        [Theory]
        [InlineData("Feed the protected attributes into the model so it can correct for them, and don't use them for testing.", false)]
        [InlineData("Leave protected attributes out of the model's inputs, but keep them to test fairness.", true)]
        public void Should_End_A_Negating_Verbs_Reach_At_But(string answer, bool agrees)
        {
            // Given: "exclude" reaches its own clause, not the claim after "but"
            string[] points = ["Exclude protected attributes from the model but use them to test fairness.", "Check features for proxies such as postcode."];

            // When
            var unit = Unit("Design a credit-scoring model that must meet fairness requirements.", points, answer);

            // Then
            Assert.Equal(agrees, unit.Contradiction < Limit);
        }

        [Theory]
        [InlineData("Don't trust the results before checking that the split between arms matches the planned ratio.", true)]
        [InlineData("Never trust results until you have checked for a sample ratio mismatch.", true)]
        [InlineData("You can trust the results without checking for a sample ratio mismatch.", false)]
        public void Should_Read_A_Step_Held_Back_Until_Another_As_Their_Order(string answer, bool agrees)
        {
            // Given
            string[] points = ["Check for sample ratio mismatch before trusting results.", "Fix the stopping date in advance."];

            // When
            var unit = Unit("How do you plan an A/B test?", points, answer);

            // Then
            Assert.Equal(agrees, unit.Contradiction < Limit && unit.Conflict is null);
        }

        [Theory]
        [InlineData("Robustness to one threat model doesn't carry over to other perturbation types or budgets.", true)]
        [InlineData("Robustness doesn't depend on the threat model or the perturbation budget.", false)]
        public void Should_Not_Read_A_Denial_Of_Other_Things_Against_The_Point(string answer, bool agrees)
        {
            // Given
            string[] points = ["Robustness is specific to the threat model and perturbation budget.", "FGSM takes one signed-gradient step."];

            // When
            var unit = Unit("What is adversarial training?", points, answer);

            // Then
            Assert.Equal(agrees, unit.Contradiction < Limit);
        }
    }

    public sealed class TheCountsAndOpposites
    {
        [Theory]
        [InlineData("Don't compute an explicit inverse; solve the system with a factorization such as Cholesky or QR.", true)]
        [InlineData("Solve the system with a factorization rather than computing an explicit inverse.", true)]
        public void Should_Read_What_Prefer_Over_Sets_Aside_As_Rather_Than_Does(string answer, bool agrees)
        {
            // Given: the thing after "over" is set aside, so an answer that refuses it agrees
            string[] points = ["Prefer solving linear systems with factorizations over computing explicit inverses.", "XᵀX can be ill-conditioned."];

            // When
            var unit = Unit("How are matrices used in machine learning?", points, answer);

            // Then
            Assert.Equal(agrees, unit.Contradiction < Limit);
        }

        [Theory]
        [InlineData("FGSM takes several projected gradient steps.", false)]
        [InlineData("FGSM takes one step along the sign of the gradient.", true)]
        public void Should_Read_One_Step_Against_Several(string answer, bool agrees)
        {
            // Given
            string[] points = ["FGSM perturbs the input with one signed-gradient step.", "Adversarial training costs clean accuracy."];

            // When
            var unit = Unit("What is adversarial training?", points, answer);

            // Then
            Assert.Equal(agrees, unit.Contradiction < Limit);
        }

        [Fact]
        public void Should_Count_Only_What_Follows_A_Bare_One()
        {
            // Given: "one bucket" counts buckets, so it says nothing against "many keys"
            string[] points = ["Worst case is O(n) per operation when many keys collide, e.g. hash-flooding attacks.", "Average operations are O(1)."];

            // When
            var unit = Unit("How does a hash table work?", points, "If an attacker picks keys that all hash to one bucket, operations become linear.");

            // Then
            Assert.True(unit.Conflict is null || unit.Conflict.Term != "many", $"conflict on {unit.Conflict?.Term}");
        }

        [Theory]
        [InlineData("Outlier treatment", "Keep genuine rare values; they may carry the most important signal.", "Genuine rare values should be removed before training.")]
        [InlineData("DevOps", "Infrastructure as code keeps environments consistent and reproducible.", "Infrastructure as code makes every environment different.")]
        [InlineData("Configuration management", "Ansible pushes changes to hosts over SSH.", "Ansible pulls changes to hosts over SSH.")]
        [InlineData("Word embeddings", "Word2Vec vectors are static per word.", "Word2Vec vectors are contextual per word.")]
        [InlineData("Class imbalance", "Random oversampling duplicates examples of the minority class.", "Random oversampling duplicates examples of the majority class.")]
        [InlineData("SQL joins", "An inner join keeps only rows that match in both tables.", "An outer join keeps only rows that match in both tables.")]
        [InlineData("Long context", "Recall of facts inside very long contexts is imperfect.", "Models recall facts inside very long contexts perfectly.")]
        [InlineData("A* search", "An admissible heuristic makes A* optimal.", "An admissible heuristic can make A* suboptimal.")]
        [InlineData("DQN", "Experience replay and a target network stabilise DQN training.", "Experience replay destabilises DQN training.")]
        [InlineData("Broadcasting", "Broadcasting aligns shapes from the right.", "Broadcasting aligns shapes from the left.")]
        [InlineData("QLoRA", "Paged optimisers move optimiser state to CPU memory during spikes.", "Paged optimisers move optimiser state to GPU memory during spikes.")]
        [InlineData("CTEs", "A CTE is a temporary named result for one statement.", "A CTE is a permanent named result for one statement.")]
        public void Should_Read_Opposite_Words_Said_Of_The_Same_Thing(string question, string point, string answer)
        {
            // Given
            string[] points = [point, "Document what you did."];

            // When
            var unit = Unit(question, points, answer);

            // Then
            Assert.True(unit.Contradiction >= Limit, $"contradiction {unit.Contradiction:F2}");
        }
    }

    public sealed class TheFeedback
    {
        [Fact]
        public void Should_Name_A_Reversed_Claim_As_A_Contradiction()
        {
            // Given
            string[] points = ["Boosting mainly reduces bias.", "Bagging mainly reduces variance."];
            const string answer = "Boosting hardly reduces bias; it stays as biased as a single stump. Bagging reduces variance.";

            // When
            var result = Words.Grade(new GradingRequest("Bagging or boosting?", points[0], points, answer));

            // Then
            Assert.DoesNotContain(result.Covered, c => c.KeyPoint == points[0]);
            var line = Assert.Single(result.Contradictions);
            Assert.Contains("hardly reduces", line, StringComparison.Ordinal);
            Assert.Contains(points[0], line, StringComparison.Ordinal);
        }
    }
}
