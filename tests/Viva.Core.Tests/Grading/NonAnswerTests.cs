using Viva.Core.Grading;

namespace Viva.Core.Tests.Grading;

public sealed class NonAnswerTests
{
    [Theory]
    [InlineData("I don't know.", true)]
    [InlineData("i dont know", true)]
    [InlineData("Sorry, no idea", true)]
    [InlineData("No idea about this one, sorry!", true)]
    [InlineData("idk", true)]
    [InlineData("Honestly I can't remember this one.", true)]
    [InlineData("I have never used it", true)]
    [InlineData("Skip", true)]
    [InlineData("I don't know the formula, but L1 gives sparse weights.", false)]
    [InlineData("Knowledge distillation trains a small model on a large one's outputs.", false)]
    [InlineData("One pass over the array.", false)]
    [InlineData("", false)]
    public void Should_Tell_A_Reply_That_Answers_Nothing(string answer, bool nothing) =>
        Assert.Equal(nothing, NonAnswer.Is(answer));

    [Fact]
    public void Should_Give_No_Point_And_No_Score_To_I_Dont_Know_Even_When_A_Point_Shares_Its_Word()
    {
        // Given: "know" matches "knowledge" in the point
        var request = new GradingRequest("Why use RAG?", "It adds knowledge the model lacks.", ["It gives the model private or post-cutoff knowledge without retraining."], "I don't know.");

        // When
        var grade = LexicalGrader.Default.Grade(request);
        var attempt = LexicalGrader.Default.Grade(request with { Answer = "It gives the model private knowledge without retraining." });

        // Then
        Assert.Empty(grade.Covered);
        Assert.Equal(0, grade.Score);
        Assert.Single(attempt.Covered);
    }
}
