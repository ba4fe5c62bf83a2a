using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

/// <summary>Answers that contradict a key point by meaning, with no negator: a growth rate, a quantifier, an antonym.</summary>
public sealed class MeaningClashTests
{
    // The coverage lost to contradicted words at which a key point stops counting as covered.
    private const double Limit = 0.15;

    private static readonly LexicalGrader Grader = LexicalGrader.Default;

    private static UnitMatch Unit(string question, string[] points, string answer, int point = 0) =>
        Grader.Analyze(new GradingRequest(question, points[point], points, answer)).Units[point];

    private static void AssertContradicted(UnitMatch unit, string word)
    {
        Assert.True(unit.Contradiction + unit.Swap >= Limit, $"contradiction {unit.Contradiction}, swap {unit.Swap}");
        Assert.False(unit.Covered);
        Assert.Equal(ConflictKind.Negated, unit.Conflict?.Kind);
        Assert.Equal(word, unit.Conflict?.Word);
    }

    private static void AssertNotContradicted(UnitMatch unit) =>
        Assert.True(unit.Contradiction + unit.Swap < Limit, $"contradiction {unit.Contradiction}, swap {unit.Swap}, conflict {unit.Conflict}");

    public sealed class GrowthRates
    {
        private const string Question = "Why are exact Gaussian processes hard to scale?";
        private static readonly string[] Points = ["Exact GP inference costs O(n³) in the number of training points.", "GPs therefore suit small data."];

        [Theory]
        [InlineData("Exact GP inference scales linearly with the number of training points.")]
        [InlineData("Exact GP inference costs O(n) in the number of training points.")]
        [InlineData("Exact GP inference costs n log n in the number of training points.")]
        public void Should_Contradict_A_Point_When_The_Answer_States_Another_Rate(string answer) =>
            AssertContradicted(Unit(Question, Points, answer), "O(n³)");

        [Theory]
        [InlineData("Exact GP inference is cubic in the number of training points.")]
        [InlineData("Exact GP inference costs O(n^3) in the number of training points, not linear time.")]
        [InlineData("Exact GP inference costs grow with the cube of the number of training points.")]
        public void Should_Not_Contradict_The_Same_Rate_Or_A_Negated_Other(string answer) =>
            AssertNotContradicted(Unit(Question, Points, answer));

        [Theory]
        [InlineData("Attention compute grows linearly with the number of tokens.", true)]
        [InlineData("The KV cache of full attention is linear in context length.", false)]
        public void Should_Read_A_Rate_In_Token_Count_Or_Context_Length(string answer, bool contradicted)
        {
            // Given: the point's rate is said in the token count, the answer's rate in the point's own terms or in others
            string[] points = ["Attention compute is quadratic in token count.", "The KV cache is linear in context length."];

            // When
            var unit = Unit("Why is long context expensive?", points, answer, contradicted ? 0 : 1);

            // Then
            if (contradicted)
            {
                AssertContradicted(unit, "quadratic");
            }
            else
            {
                AssertNotContradicted(unit);
            }
        }

        [Fact]
        public void Should_Compare_Time_With_Time_And_Memory_With_Memory()
        {
            // Given
            string[] points = ["The iterative version uses O(1) extra space.", "Binary search takes O(log n) time."];
            const string question = "How does iterative binary search compare with the recursive version?";

            // When
            var memory = Unit(question, points, "The iterative version needs O(log n) extra memory for its stack.");
            var time = Unit(question, points, "The iterative version runs in O(log n) time and uses O(1) extra space.");

            // Then
            AssertContradicted(memory, "O(1)");
            AssertNotContradicted(time);
        }

        [Fact]
        public void Should_Not_Read_A_Rate_Said_Of_Another_Subject()
        {
            // Given
            string[] points = ["A linked list reaches the i-th element only by O(n) traversal.", "An array gives O(1) access by index."];

            // When
            var unit = Unit(
                "Compare arrays and linked lists.",
                points,
                "Array elements sit next to each other in memory, so element i is found in constant time; with a linked list you follow pointers node by node to the i-th element.");

            // Then
            AssertNotContradicted(unit);
        }

        [Theory]
        [InlineData("It runs in linear time, since in the worst case every element gets checked.", true)]
        [InlineData("It runs in logarithmic time, since each step halves the range.", false)]
        public void Should_Read_A_Rate_Against_A_Point_That_Is_Little_More_Than_Its_Rate(string answer, bool contradicted)
        {
            // Given: the question names the search, so the answer shares only "time" with the point besides the rate
            string[] points = ["Binary search takes O(log n) time.", "It requires sorted data with random access."];

            // When
            var unit = Unit("How does binary search work, and what does it cost?", points, answer);

            // Then
            if (contradicted)
            {
                AssertContradicted(unit, "O(log n)");
            }
            else
            {
                AssertNotContradicted(unit);
            }
        }
    }

    public sealed class Quantifiers
    {
        private const string Question = "How does an IVF index answer a query?";
        private static readonly string[] Points = ["A query scans only the lists of its nprobe nearest centroids.", "Raising nprobe increases both recall and latency."];

        [Theory]
        [InlineData("A query scans every list in the index and uses the centroids only to sort the results.", "only")]
        [InlineData("A query scans all the lists of the index, in the order of its nearest centroids.", "only")]
        public void Should_Contradict_Only_With_Every_Said_Of_The_Same_Words(string answer, string word) =>
            AssertContradicted(Unit(Question, Points, answer), word);

        [Theory]
        [InlineData("A query scans only the lists of its nprobe nearest centroids, not every list.")]
        [InlineData("Every query scans only the lists of the nprobe centroids nearest to it.")]
        public void Should_Not_Contradict_When_The_Answer_Also_Says_Only(string answer) =>
            AssertNotContradicted(Unit(Question, Points, answer));

        [Fact]
        public void Should_Contradict_One_With_Many()
        {
            // Given
            string[] points = ["A strictly convex function has at most one minimizer.", "Any local minimum of a convex function is global."];
            const string question = "What does convexity guarantee for optimisation?";

            // When
            var many = Unit(question, points, "A strictly convex function can have many minimizers along a flat valley.");
            var single = Unit(question, points, "A strictly convex function has a single minimizer at most, if it has one.");

            // Then
            AssertContradicted(many, "at most one");
            AssertNotContradicted(single);
        }

        [Fact]
        public void Should_Not_Read_A_Quantifier_After_A_Negator()
        {
            // Given
            string[] points = ["Mode collapse arises because fooling the current discriminator does not require covering all modes.", "Remedies include minibatch discrimination."];

            // When
            var unit = Unit(
                "Why does mode collapse happen in GANs?",
                points,
                "The generator only has to fool the current discriminator, so nothing pushes it to cover the modes.");

            // Then
            AssertNotContradicted(unit);
        }
    }

    public sealed class ExactValuesAndNumbers
    {
        [Fact]
        public void Should_Contradict_Exactly_Zero_With_Close_To_Zero()
        {
            // Given
            string[] points = ["L1 drives some weights to exactly zero.", "L2 shrinks all weights smoothly."];
            const string question = "Compare L1 and L2 regularization.";

            // When
            var close = Unit(question, points, "L1 pushes some of the weights close to zero.");
            var exact = Unit(question, points, "L1 drives some of the weights to exactly 0.");

            // Then
            AssertContradicted(close, "exactly zero");
            AssertNotContradicted(exact);
        }

        [Fact]
        public void Should_Contradict_Another_Number_Of_The_Same_Thing()
        {
            // Given
            string[] points = ["VGG-16 has about 138M parameters, most of them in the first fully connected layer.", "All its convolutions are 3×3."];
            const string question = "Describe the VGG-16 architecture.";

            // When
            var other = Unit(question, points, "VGG-16 has about 60M parameters, most of them in the first fully connected layer.");
            var same = Unit(question, points, "VGG-16 has roughly 138 million parameters, mostly in the first fully connected layer.");
            var shape = Unit(question, points, "VGG-16 stacks 3×3 convolutions and has about 138M parameters, most in the first fully connected layer.");

            // Then
            AssertContradicted(other, "138M");
            AssertNotContradicted(same);
            AssertNotContradicted(shape);
        }
    }

    public sealed class Antonyms
    {
        [Theory]
        [InlineData("robust", "sensitive")]
        [InlineData("exact", "approximate")]
        [InlineData("cheap", "expensive")]
        [InlineData("keep", "discard")]
        [InlineData("smoothly", "abrupt")]
        [InlineData("maximum", "minimising")]
        [InlineData("longer", "shorter")]
        [InlineData("few", "more")]
        [InlineData("poor", "better")]
        [InlineData("excellent", "worst")]
        [InlineData("higher", "smaller")]
        [InlineData("lower", "larger")]
        [InlineData("help", "corrupt")]
        public void Should_List_Opposites(string a, string b) =>
            Assert.True(SynonymLexicon.AreOpposite(PorterStemmer.Stem(a), PorterStemmer.Stem(b)), $"{a} / {b}");

        [Theory]
        [InlineData("cheap", "cost")]
        [InlineData("hold", "delete")]
        [InlineData("keep", "store")]
        [InlineData("reduce", "large")]
        [InlineData("low", "great")]
        public void Should_Not_Spread_A_Word_Pair_To_Synonyms(string a, string b) =>
            Assert.False(SynonymLexicon.AreOpposite(PorterStemmer.Stem(a), PorterStemmer.Stem(b)), $"{a} / {b}");

        [Fact]
        public void Should_Contradict_Poor_Against_Better()
        {
            // Given
            string[] points = ["Hash tables have poor locality when chains are long.", "Lookups take O(1) on average."];

            // When
            var better = Unit("What are the costs of a hash table?", points, "Hash tables with long chains have better locality than arrays.");
            var bad = Unit("What are the costs of a hash table?", points, "With long chains a hash table has bad locality.");

            // Then
            Assert.False(better.Covered);
            Assert.NotNull(better.Conflict);
            AssertNotContradicted(bad);
        }

        [Fact]
        public void Should_Contradict_Robust_Against_Sensitive()
        {
            // Given
            string[] points = ["AdaBoost is sensitive to noisy labels and outliers.", "AdaBoost turns weak learners into a strong one."];

            // When
            var robust = Unit("What are AdaBoost's weaknesses?", points, "AdaBoost is robust to noisy labels, since mislabelled points get smaller weights.");
            var sensitive = Unit("What are AdaBoost's weaknesses?", points, "AdaBoost is quite sensitive to noisy labels and to outliers.");

            // Then
            Assert.True(robust.Contradiction >= Limit, $"contradiction {robust.Contradiction}");
            Assert.False(robust.Covered);
            AssertNotContradicted(sensitive);
        }
    }
}
