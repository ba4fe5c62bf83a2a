using Viva.Core.Questions;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Import;

/// <summary>
/// The five seed documents, five layouts. Counts were established by reading each document:
/// 000 has 97 `####` questions, 57 with indented answers; 001 has 82 bold numbered questions;
/// 002 has 53 list questions (reading lists and link pointers excluded); 003 has 211 `###` questions
/// under a table of contents; 004 has 395 `### Question:` items, 12 of them answered.
/// </summary>
public sealed class SeedCorpusTests
{
    [Theory]
    [InlineData("000_55d67f8ab335e99d.txt", 97, 57)]
    [InlineData("001_3b9b7ee12ef56bd3.txt", 82, 72)]
    [InlineData("002_059ff0074de91725.txt", 53, 12)]
    [InlineData("003_9ff4b1188c0fbc26.txt", 211, 211)]
    [InlineData("004_0a7f84748ec68db8.txt", 395, 12)]
    public void Should_Find_Every_Question_And_Answer(string seed, int questions, int answered)
    {
        if (!Repo.HasSeeds())
        {
            return;
        }

        // When
        var result = Parse.File(Path.Combine(Repo.Seeds, seed));

        // Then
        Assert.Equal(questions, result.Questions.Count);
        Assert.Equal(answered, result.Questions.Count(q => q.Answer is not null));
        Assert.Empty(result.Invalid);
    }

    /// <summary>
    /// Of the answers counted above, the stubs: 001 answers one question with only a "[click](…)" link; 002 answers
    /// five with only a link ("[Ans](…)", "[here](…)", "[Discussion](…)") and three architectures with only
    /// empty labelled bullets ("* Skip connection:").
    /// </summary>
    [Theory]
    [InlineData("000_55d67f8ab335e99d.txt", 57, 0)]
    [InlineData("001_3b9b7ee12ef56bd3.txt", 71, 1)]
    [InlineData("002_059ff0074de91725.txt", 4, 8)]
    [InlineData("003_9ff4b1188c0fbc26.txt", 211, 0)]
    [InlineData("004_0a7f84748ec68db8.txt", 12, 0)]
    public void Should_Tell_Full_Answers_From_Stubs(string seed, int full, int stubs)
    {
        if (!Repo.HasSeeds())
        {
            return;
        }

        // When
        var questions = Parse.File(Path.Combine(Repo.Seeds, seed)).Questions;

        // Then
        Assert.Equal((full, stubs), (questions.Count(q => q.AnswerQuality == AnswerQuality.Full), questions.Count(q => q.AnswerQuality == AnswerQuality.Stub)));
    }

    [Theory]
    [InlineData("000_55d67f8ab335e99d.txt", 21, "Difference between SuperVised and Unsupervised Learning?", "Supervised learning is when you know the outcome")]
    [InlineData("000_55d67f8ab335e99d.txt", 29, "Difference between SemiSupervised and Reinforcment Learning?", null)]
    [InlineData("001_3b9b7ee12ef56bd3.txt", 405, "What’s your favorite algorithm, and can you explain it to me in less than a minute?", null)]
    [InlineData("001_3b9b7ee12ef56bd3.txt", 4, "What is Deep Learning?", "Deep Learning involves taking large volumes")]
    [InlineData("002_059ff0074de91725.txt", 34, "What is covariance?", null)]
    [InlineData("002_059ff0074de91725.txt", 52, "L1 vs L2?", "TLDR; Use L1 when")]
    [InlineData("002_059ff0074de91725.txt", 128, "VGG-16/19/152", null)]
    [InlineData("003_9ff4b1188c0fbc26.txt", 306, "Popular machine learning models: Pros and Cons", "#### Linear Regression")]
    [InlineData("004_0a7f84748ec68db8.txt", 7, "Introduction to PyTorch: Can you explain what PyTorch is and why it is popular among deep learning researchers? How does it differ from other deep learning frameworks like TensorFlow?", "PyTorch is an open-source machine learning library")]
    [InlineData("004_0a7f84748ec68db8.txt", 773, "Introduction to TensorFlow: Describe TensorFlow and its advantages compared to other deep learning frameworks.", null)]
    public void Should_Read_Specific_Questions_And_Answers(string seed, int line, string question, string? answerStart)
    {
        if (!Repo.HasSeeds())
        {
            return;
        }

        // When
        var found = Parse.File(Path.Combine(Repo.Seeds, seed)).Questions.Single(q => q.Line == line);

        // Then
        Assert.Equal(question, found.Text);
        if (answerStart is null)
        {
            Assert.Null(found.Answer);
        }
        else
        {
            Assert.StartsWith(answerStart, found.Answer);
        }
    }

    [Theory]
    [InlineData("000_55d67f8ab335e99d.txt", "About")]
    [InlineData("000_55d67f8ab335e99d.txt", "Machine Learning Engineer")]
    [InlineData("002_059ff0074de91725.txt", "Deep Learning - Bengio, Goodfellow")]
    [InlineData("002_059ff0074de91725.txt", "Hands on Stable Diffusion")]
    [InlineData("002_059ff0074de91725.txt", "Thoughts on Transformers by Karpathy.")]
    [InlineData("003_9ff4b1188c0fbc26.txt", "Pros")]
    [InlineData("003_9ff4b1188c0fbc26.txt", "Linear Regression")]
    [InlineData("004_0a7f84748ec68db8.txt", "Loss Calculation:")]
    [InlineData("004_0a7f84748ec68db8.txt", "Define Problem Objectives:")]
    public void Should_Not_Take_Non_Questions_For_Questions(string seed, string text)
    {
        if (!Repo.HasSeeds())
        {
            return;
        }

        // When
        var questions = Parse.File(Path.Combine(Repo.Seeds, seed)).Questions;

        // Then
        Assert.DoesNotContain(questions, q => q.Text.StartsWith(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Repair_Double_Encoded_Text_And_Keep_Answer_Headings()
    {
        if (!Repo.HasSeeds())
        {
            return;
        }

        // When
        var questions = Parse.File(Path.Combine(Repo.Seeds, "004_0a7f84748ec68db8.txt")).Questions;

        // Then
        var all = string.Join('\n', questions.Select(q => q.Answer));
        Assert.DoesNotContain("â€", all);
        Assert.Contains("H₀", all);
        Assert.Contains("Here’s a detailed breakdown", all);
        var yolo = questions.Single(q => q.Line == 2800);
        Assert.Contains("### Loss Calculation:", yolo.Answer);
        Assert.Contains("### Backpropagation:", yolo.Answer);
    }

    [Fact]
    public void Should_Record_Levels_Topics_And_Code()
    {
        if (!Repo.HasSeeds())
        {
            return;
        }

        // When
        var questions = Parse.File(Path.Combine(Repo.Seeds, "004_0a7f84748ec68db8.txt")).Questions;

        // Then
        var tensors = questions.Single(q => q.Line == 43);
        Assert.Equal(Questions.Level.Basic, tensors.Level);
        Assert.Equal(["PyTorch questions"], tensors.Topic);
        Assert.Contains(tensors.Code, c => c.Language == "python" && c.Code.Contains("torch.rand", StringComparison.Ordinal));
        Assert.Equal(Questions.Level.Advanced, questions.Single(q => q.Line == 695).Level);
    }
}
