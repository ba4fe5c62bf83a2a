using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class GradingTokenizerTests
{
    public sealed class TheTokenizeMethod
    {
        [Fact]
        public void Should_Mark_Words_A_Negator_Governs_Within_Its_Clause()
        {
            // When
            var tokens = GradingTokenizer.Tokenize("The loss is not convex, but the penalty is smooth.");

            // Then
            Assert.True(tokens.Single(t => t.Key == "convex").Negated);
            Assert.False(tokens.Single(t => t.Key == "penalti").Negated);
            Assert.False(tokens.Single(t => t.Key == "loss").Negated);
        }

        [Fact]
        public void Should_Read_Change_Data_Capture_And_Its_Abbreviation_As_One_Term() =>
            Assert.Equal(GradingTokenizer.Tokenize("change data capture").Single().Key, GradingTokenizer.Tokenize("CDC").Single().Key);

        [Theory]
        [InlineData("The driver isn't tied to Postgres any more.", false)]
        [InlineData("The driver is not limited to Postgres.", false)]
        [InlineData("The driver doesn't talk to Postgres.", true)]
        public void Should_Deny_A_Limit_And_Not_What_It_Limits_To(string text, bool negated)
        {
            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.Equal(negated, tokens.Single(t => t.Key == "postgr").Negated);
        }

        [Theory]
        [InlineData("The raw logs aren't used at all.", true)]
        [InlineData("In this setup the raw logs are never needed.", true)]
        [InlineData("The raw logs aren't used for tuning.", false)]
        [InlineData("The raw logs are used, not the summaries.", false)]
        public void Should_Deny_The_Subject_Of_A_Passive_Denial_Of_Use(string text, bool negated)
        {
            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.Equal(negated, tokens.Single(t => t.Key == "log").Negated);
        }

        [Theory]
        [InlineData("A head doesn't look at the whole sequence, only at the last W tokens.", "look", false)]
        [InlineData("A head doesn't look at the whole sequence, only at the last W tokens.", "sequence", true)]
        [InlineData("A head does not look at the whole sequence, but only at the last W tokens.", "look", false)]
        [InlineData("A head doesn't look at the whole sequence, and it skips the padding.", "look", true)]
        [InlineData("Clustering has no labels, only raw inputs.", "labels", true)]
        [InlineData("Batch norm isn't a regulariser, just a normaliser.", "regulariser", true)]
        public void Should_Keep_A_Verb_For_What_Only_Names_After_Its_Negation(string text, string word, bool negated)
        {
            // Given
            var key = GradingTokenizer.Tokenize(word).Single().Key;

            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.Equal(negated, tokens.First(t => t.Key == key).Negated);
        }

        [Theory]
        [InlineData("Scores are not comparable between models that don't share a tokenizer.", "comparable", false)]
        [InlineData("Scores are not comparable between models that don't share a tokenizer.", "share", false)]
        [InlineData("Scores are not comparable between models that share a tokenizer.", "comparable", true)]
        [InlineData("It doesn't mean that models don't share a tokenizer.", "share", true)]
        public void Should_Read_A_Denial_Restricted_By_A_Second_Denial_As_A_Restriction(string text, string word, bool negated)
        {
            // Given
            var key = GradingTokenizer.Tokenize(word).Single().Key;

            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.Equal(negated, tokens.First(t => t.Key == key).Negated);
        }

        [Theory]
        [InlineData("You don't need nearly as much labelled data.", "less")]
        [InlineData("It doesn't use as many parameters.", "fewer")]
        public void Should_Read_Not_As_Much_As_Less(string text, string word)
        {
            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.Contains(tokens, t => t.Key == PorterStemmer.Stem(word) && !t.Negated);
            Assert.DoesNotContain(tokens, t => t.Negated);
        }

        [Fact]
        public void Should_Read_An_Upper_Case_Not_Before_A_Keyword_As_An_Sql_Operator()
        {
            // When
            var tokens = GradingTokenizer.Tokenize("Anti-joins keep rows without a match, via NOT EXISTS or LEFT JOIN with IS NULL.");

            // Then: NOT negates EXISTS alone, and is no other negator that would turn "without a match" into a condition
            Assert.True(tokens.Single(t => t.Key == "exist").Negated);
            Assert.False(tokens.Single(t => t.Key == "left").Negated);
            Assert.True(tokens.Single(t => t.Key == "match").Negated);
        }

        [Theory]
        [InlineData("No single defence is enough on its own.", false)]
        [InlineData("No single defence was deployed.", true)]
        public void Should_Read_No_Single_Thing_Sufficing_As_Asking_For_Several(string text, bool negated)
        {
            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.Equal(negated, tokens.Single(t => t.Key == GradingTokenizer.Tokenize("defence").Single().Key).Negated);
        }

        [Fact]
        public void Should_Set_Aside_The_Whole_Phrase_After_Rather_Than()
        {
            // When
            var tokens = GradingTokenizer.Tokenize("Each head attends to the last W tokens rather than the whole sequence.");

            // Then: "the whole" does not narrow what "rather than" sets aside, as it narrows a negation ("doesn't get the whole saving")
            Assert.True(tokens.Single(t => t.Key == "whole").SetAside);
            Assert.True(tokens.Single(t => t.Key == GradingTokenizer.Tokenize("sequence").Single().Key).SetAside);
        }

        [Theory]
        [InlineData("the surface is non-convex")]
        [InlineData("the surface is nonconvex")]
        [InlineData("the surface isn't convex")]
        [InlineData("the surface is never convex")]
        public void Should_Read_Every_Way_Of_Negating_Convex(string text) =>
            Assert.True(GradingTokenizer.Tokenize(text).Single(t => t.Key == "convex").Negated);

        [Theory]
        [InlineData("each unit has a chance above zero", true)]
        [InlineData("the count is greater than zero", true)]
        [InlineData("a non-zero chance", true)]
        [InlineData("the chance may be zero", false)]
        [InlineData("start the index at zero", false)]
        public void Should_Read_Above_Zero_As_Non_Zero(string text, bool negated) =>
            Assert.Equal(negated, GradingTokenizer.Tokenize(text).Single(t => t.Key == "zero").Negated);

        [Fact]
        public void Should_Keep_A_Function_Word_Written_In_Capitals_As_A_Keyword()
        {
            // When
            var keys = GradingTokenizer.Tokenize("WHERE filters rows where the price is set, HAVING filters groups").Select(t => t.Key).ToList();

            // Then: the SQL clauses are words of their own; the lower-case "where" is grammar
            Assert.Equal(1, keys.Count(k => k == "where"));
            Assert.Contains(PorterStemmer.Stem("having"), keys);
        }

        [Fact]
        public void Should_Read_A_Prefix_As_Negation_When_The_Vocabulary_Knows_The_Rest()
        {
            // Given: a vocabulary that knows "sorted" better than "unsorted"
            var vocabulary = IdfTable.Build(["a sorted list", "sorted keys", "keep it sorted", "an unsorted pile"]);

            // When
            var token = GradingTokenizer.Tokenize("works on unsorted data", vocabulary).Single(t => t.Word == "sorted");

            // Then
            Assert.True(token.Negated);
            Assert.Equal(PorterStemmer.Stem("sorted"), token.Key);
        }

        [Theory]
        [InlineData("ReLU", "rectified linear unit")]
        [InlineData("SGD", "stochastic gradient descent")]
        [InlineData("PCA", "Principal Component Analysis")]
        [InlineData("lr", "learning rate")]
        [InlineData("params", "parameters")]
        [InlineData("λ", "lambda")]
        [InlineData("step size", "learning rate")]
        [InlineData("PR curve", "precision-recall curve")]
        [InlineData("cumulative distribution", "CDF")]
        [InlineData("squared error", "MSE")]
        [InlineData("false alarms", "false positive")]
        [InlineData("ground truth", "labels")]
        [InlineData("test time", "inference")]
        [InlineData("half precision", "FP16")]
        [InlineData("16-bit", "float16")]
        [InlineData("nearest neighbours", "kNN")]
        [InlineData("switched off", "disabled")]
        [InlineData("one-vs-rest", "OvR")]
        [InlineData("one-vs-all", "OvR")]
        [InlineData("one-versus-one", "OvO")]
        [InlineData("one after another", "sequentially")]
        [InlineData("halves", "half")]
        [InlineData("blows up", "explode")]
        [InlineData("next to each other", "contiguous")]
        [InlineData("doesn't matter", "regardless")]
        [InlineData("no matter", "irrespective of")]
        public void Should_Give_A_Term_And_Its_Abbreviation_One_Key(string shortForm, string longForm) =>
            Assert.Equal(GradingTokenizer.Tokenize(longForm).Single().Key, GradingTokenizer.Tokenize(shortForm).Single().Key);

        [Fact]
        public void Should_Keep_The_Place_Of_Each_Word_In_The_Text()
        {
            // Given
            const string text = "Use a rectified linear unit, then dropout.";

            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.Equal(["relu", "dropout"], tokens.Skip(1).Select(t => t.Key));
            Assert.Equal("rectified linear unit", text.Substring(tokens[1].Start, tokens[1].Length));
            Assert.Equal("dropout", text.Substring(tokens[2].Start, tokens[2].Length));
        }

        [Fact]
        public void Should_Number_Sentences_And_Semicolon_Clauses()
        {
            var tokens = GradingTokenizer.Tokenize("L1 gives zeros; L2 shrinks. Both help");

            Assert.Equal([0, 0, 0, 1, 1, 2], tokens.Select(t => t.Sentence));
        }

        [Fact]
        public void Should_Not_End_A_Sentence_At_A_Dot_Inside_A_Name()
        {
            // A dot that runs on into a word joins a name; one followed by a space still ends the sentence.
            var tokens = GradingTokenizer.Tokenize("Call optimizer.step() after loss.backward(). Then log it");

            Assert.Equal("call optim step after loss backward log", string.Join(' ', tokens.Select(t => t.Key)));
            Assert.Equal([0, 0, 0, 0, 0, 0, 1], tokens.Select(t => t.Sentence));
        }

        [Fact]
        public void Should_Skip_Markup_Pasted_Into_An_Answer()
        {
            var tokens = GradingTokenizer.Tokenize("A stack is LIFO.<br/>Push adds on top <STOP> if x < b and c > y");

            Assert.Equal(["stack", "lifo", "push", "add", "top", "x", "b", "c", "y"], tokens.Select(t => t.Key));
        }

        [Fact]
        public void Should_Read_Only_The_First_Characters_Of_A_Huge_Text()
        {
            // Given
            var text = string.Concat(Enumerable.Repeat("gradient descent ", 100_000));

            // When
            var tokens = GradingTokenizer.Tokenize(text);

            // Then
            Assert.NotEmpty(tokens);
            Assert.All(tokens, t => Assert.True(t.End <= GradingTokenizer.MaxChars));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n\t ")]
        [InlineData("\uD800\uDC00\uD800 lone surrogates \uDFFF")]
        [InlineData("😀🔥 emoji ‮rtl‬ zero\u200Bwidth")]
        [InlineData("ＦＵＬＬＷＩＤＴＨ ﬁ ligature Ⅻ")]
        [InlineData("'''...---!!!")]
        public void Should_Not_Throw_On_Odd_Text(string text) => _ = GradingTokenizer.Tokenize(text);
    }

    [Theory]
    [InlineData("During training, dropout zeroes units.", "train", true, false)]
    [InlineData("At inference dropout is off.", "infer", true, false)]
    [InlineData("While training it zeroes units at random.", "train", true, false)]
    [InlineData("Think of it as training many small networks.", "train", false, true)]
    [InlineData("Training error stays high.", "train", false, false)]
    [InlineData("The training loss falls while the validation loss rises.", "valid", false, false)]
    public void Should_Mark_When_Something_Happens_And_An_Action_Apart_From_What_A_Clause_Speaks_Of(string text, string key, bool setting, bool action)
    {
        // When
        var token = GradingTokenizer.Tokenize(text).First(t => t.Key == key);

        // Then
        Assert.Equal(setting, token.Setting);
        Assert.Equal(action, token.Action);
    }
}
