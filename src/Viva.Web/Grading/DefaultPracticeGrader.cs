using System.Globalization;
using Viva.Core.Grading;
using Viva.Core.Questions;

namespace Viva.Web.Grading;

/// <summary>Checks numeric answers against the curated number and grades open answers with the built-in <see cref="LexicalGrader"/>.</summary>
public sealed class DefaultPracticeGrader : IPracticeGrader
{
    /// <summary>Score of a correct numeric answer.</summary>
    public const double FullScore = 5;

    /// <inheritdoc/>
    public Task<PracticeGrade> GradeAsync(BankQuestion question, string? referenceAnswer, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Trim().Length == 0)
        {
            return Task.FromResult(PracticeGrade.NotGraded("No answer typed: compare with the reference and rate yourself."));
        }

        if (question.Question.Curated is { Kind: QuestionKind.Numeric, NumericAnswer: { } expected } curated)
        {
            var shown = expected.ToString(CultureInfo.InvariantCulture);
            return Task.FromResult(NumericAnswerCheck.IsCorrect(answer, expected, curated.Tolerance ?? 0) switch
            {
                true => new PracticeGrade(FullScore, [], [], "Correct."),
                false => new PracticeGrade(0, [], [], $"Not quite: the answer is {shown}."),
                null => PracticeGrade.NotGraded("No number found in your answer."),
            });
        }

        var keyPoints = question.Question.Curated?.KeyPoints ?? [];
        if (referenceAnswer is null && keyPoints.Count == 0)
        {
            return Task.FromResult(PracticeGrade.NotGraded("Not graded: this question has no reference answer yet. Rate yourself."));
        }

        var result = LexicalGrader.Default.Grade(new GradingRequest(question.Question.Text, referenceAnswer ?? "", keyPoints, answer));
        return Task.FromResult(new PracticeGrade(result.Score, [.. result.Covered.Select(c => c.KeyPoint)], result.Missed, result.Notice));
    }
}
