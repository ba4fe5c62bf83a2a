using System.Text;
using Viva.Core.Import;
using Viva.Core.Questions;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Import;

/// <summary>Concept notes: headings that name a concept over an explanation are asked as questions.</summary>
public sealed class ConceptNotesTests
{
    private const string Body = "It is explained here in a sentence or two of the writer's own words.";

    [Theory]
    [InlineData("Random forest", "What is random forest?")]
    [InlineData("Cron job", "What is cron job?")]
    [InlineData("Bias-variance trade-off", "What is bias-variance trade-off?")]
    [InlineData("PCA", "What is PCA?")]
    [InlineData("Random Forest", "What is Random Forest?")]
    [InlineData("Kubernetes", "What is Kubernetes?")]
    [InlineData("Naive Bayes", "What is Naive Bayes?")]
    [InlineData("Cross-entropy loss", "What is cross-entropy loss?")]
    [InlineData("Write-ahead logging", "What is write-ahead logging?")]
    [InlineData("Activation functions", "Explain activation functions.")]
    [InlineData("Scaling features before distance-based models", "Explain scaling features before distance-based models.")]
    [InlineData("Tuning the learning rate", "Explain tuning the learning rate.")]
    [InlineData("2. Dropout", "What is Dropout?")]
    [InlineData("Ensembles:", null)]
    [InlineData("Always scale your features first.", null)]
    public void Should_Ask_About_A_Concept_Heading(string heading, string? question)
    {
        // Given: the heading among two other concepts of its level
        var text = Notes(("Gradient boosting", Body), (heading, Body), ("Support vectors", Body));

        // When
        var questions = Parse.Text(text).Questions;

        // Then
        Assert.Equal(["What is gradient boosting?", .. question is null ? Array.Empty<string>() : [question], "Explain support vectors."], questions.Select(q => q.Text));
        Assert.All(questions, q => Assert.Equal(["Notes", "Models"], q.Topic));
    }

    [Theory]
    [InlineData("Introduction")]
    [InlineData("Table of contents")]
    [InlineData("References")]
    [InlineData("Resources")]
    [InlineData("Contributing")]
    [InlineData("License")]
    [InlineData("Further reading")]
    [InlineData("Overview")]
    [InlineData("Summary")]
    [InlineData("Installation")]
    [InlineData("Prerequisites")]
    [InlineData("Week 3")]
    [InlineData("Chapter 2: Trees")]
    [InlineData("Acknowledgements")]
    public void Should_Not_Ask_About_The_Parts_Of_A_Page(string heading)
    {
        // Given
        var text = Notes(("Gradient boosting", Body), (heading, Body), ("Support vectors", Body), ("Random forest", Body));

        // When
        var questions = Parse.Text(text).Questions;

        // Then
        Assert.Equal(["What is gradient boosting?", "Explain support vectors.", "What is random forest?"], questions.Select(q => q.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[A good explainer](https://example.com/x)")]
    [InlineData("- [Paper](https://example.com/p)\n- [Video](https://example.com/v)")]
    [InlineData("TODO")]
    public void Should_Not_Ask_About_A_Heading_Without_An_Explanation(string body)
    {
        // Given
        var text = Notes(("Gradient boosting", Body), ("Spectral clustering", body), ("Random forest", Body));

        // When
        var questions = Parse.Text(text).Questions;

        // Then
        Assert.Equal(["What is gradient boosting?", "What is random forest?"], questions.Select(q => q.Text));
    }

    [Fact]
    public void Should_Keep_The_Body_With_Its_Parts_And_Code_As_The_Answer()
    {
        // When
        var questions = Parse.File(Path.Combine(Repo.Fixtures, "questions", "concept-notes.md")).Questions;

        // Then
        var boosting = questions.Single(q => q.Text == "What is gradient boosting?");
        Assert.StartsWith("Trees are added one after another;", boosting.Answer);
        Assert.Contains("#### Pros", boosting.Answer);
        Assert.EndsWith("Sequential, so training is hard to parallelise", boosting.Answer);
        var pca = questions.Single(q => q.Text == "What is PCA?");
        Assert.Contains(pca.Code, c => c.Language == "python" && c.Code.Contains("PCA(n_components=2)", StringComparison.Ordinal));
        Assert.All(questions, q => Assert.Equal(AnswerQuality.Full, q.AnswerQuality));
        Assert.DoesNotContain(questions, q => q.Text.Contains("Autoencoders", StringComparison.Ordinal) || q.Text.Contains("Books", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Leave_A_Page_Made_Mostly_Of_Parts_Alone()
    {
        // When: a project README whose only specific sections explain a configuration file and tile servers
        var result = Parse.File(Path.Combine(Repo.Fixtures, "questions", "concept-readme.md"));

        // Then
        Assert.Empty(result.Questions);
    }

    [Fact]
    public void Should_Not_Swallow_Questions_Listed_Under_A_Heading()
    {
        // Given: a section that lists its own questions among concept sections
        var text = Notes(
            ("Random forest", Body),
            ("Decision trees", "1. What is a split criterion?\n2. Why prune a tree?"),
            ("Gradient boosting", Body));

        // When
        var questions = Parse.Text(text).Questions;

        // Then
        Assert.Equal(["What is random forest?", "What is a split criterion?", "Why prune a tree?", "What is gradient boosting?"], questions.Select(q => q.Text));
    }

    [Fact]
    public void Should_Keep_Question_Headings_Of_A_Question_Level_As_Today()
    {
        // Given: most headings of the level ask, so the others are asked as written
        var text = Notes(("What is bagging?", Body), ("Why does boosting overfit less than expected?", Body), ("Stacking", Body));

        // When
        var questions = Parse.Text(text).Questions;

        // Then
        Assert.Equal(["What is bagging?", "Why does boosting overfit less than expected?", "Stacking"], questions.Select(q => q.Text));
    }

    [Fact]
    public void Should_Not_Take_Headings_Inside_An_Answer_For_Concepts()
    {
        // Given: a question whose answer walks through models under an "Answer" heading
        const string Text = """
            ## Models

            ### Question: Compare the usual classifiers.

            ### Answer

            #### Logistic regression

            A linear model of the log-odds, fitted by maximum likelihood.

            #### Random forest

            Many decorrelated trees, averaged.

            #### Gradient boosting

            Trees fitted one after another to the remaining errors.
            """;

        // When
        var questions = Parse.Text(Text).Questions;

        // Then
        var only = Assert.Single(questions);
        Assert.Equal("Compare the usual classifiers.", only.Text);
        Assert.Contains("#### Gradient boosting", only.Answer);
    }

    [Fact]
    public void Should_Read_A_Hundred_Thousand_Concept_Headings_In_Time_Proportional_To_Them()
    {
        // A minute, not the default budget: on a loaded test machine wall time says little, and a reading that
        // grew with the square of the headings would still take far longer.
        // Given
        var text = new StringBuilder("# Generated notes\n\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("## Concept number ").Append(i).Append("\n\nConcept ").Append(i).Append(" is explained in this sentence.\n\n");
        }

        // When
        var result = MarkdownQuestionParser.Parse("generated.md", text.ToString(), TimeSpan.FromMinutes(1));

        // Then
        Assert.Empty(result.Diagnostics);
        Assert.Equal(100_000, result.Questions.Count);
        Assert.Equal("What is concept number 99999?", result.Questions[^1].Text);
        Assert.Equal(["Generated notes"], result.Questions[^1].Topic);
    }

    [Fact]
    public void Should_Refuse_A_Document_That_Takes_Longer_Than_Its_Budget()
    {
        // Given
        var text = Notes(("Random forest", Body), ("Gradient boosting", Body));

        // When
        var result = MarkdownQuestionParser.Parse("slow.md", text, TimeSpan.Zero);

        // Then
        Assert.Empty(result.Questions);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((1, "reading took longer than the 0 s one document may take; nothing imported from this file"), (error.Line, error.Message));
    }

    [Fact]
    public void Should_Read_Without_A_Limit_When_The_Budget_Is_Infinite()
    {
        // When
        var result = MarkdownQuestionParser.Parse("notes.md", Notes(("Random forest", Body), ("Gradient boosting", Body)), Timeout.InfiniteTimeSpan);

        // Then
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["What is random forest?", "What is gradient boosting?"], result.Questions.Select(q => q.Text));
    }

    [Fact]
    public void Should_Reject_A_Negative_Budget()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MarkdownQuestionParser.Parse("notes.md", "# Notes\n", TimeSpan.FromSeconds(-2)));
    }

    private static string Notes(params (string Heading, string Body)[] sections)
    {
        var text = new StringBuilder("# Notes\n\n## Models\n\n");
        foreach (var (heading, body) in sections)
        {
            text.Append("### ").Append(heading).Append("\n\n").Append(body).Append("\n\n");
        }

        return text.ToString();
    }
}
