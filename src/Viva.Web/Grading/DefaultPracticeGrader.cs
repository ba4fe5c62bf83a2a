using System.Globalization;
using Viva.Core.Grading;
using Viva.Core.Questions;

namespace Viva.Web.Grading;

/// <summary>
/// Judges exercises by their tests, checks numeric answers against the curated number, and grades open answers with the built-in grader:
/// words and meaning (<see cref="HybridGrader"/>), words alone when the sentence encoder cannot load.
/// </summary>
/// <param name="grader">The built-in grader, shared by every request.</param>
public sealed class DefaultPracticeGrader(HybridGrader grader) : IPracticeGrader
{
    // Quotes longer than this keep their start and end (the matched words) and elide the middle.
    private const int QuoteLength = 120;

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

        if (question.Question.Curated?.Exercise is { } exercise)
        {
            return ExerciseGrade.JudgeAsync(exercise, answer, cancellationToken);
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

        var result = grader.Grade(new GradingRequest(question.Question.Text, referenceAnswer ?? "", keyPoints, answer), cancellationToken);
        return Task.FromResult(new PracticeGrade(result.Score, [.. result.Covered.Select(c => c.KeyPoint)], result.Missed, result.Notice)
        {
            Quotes = [.. result.Covered.Select(c => Quote(answer, c))],
            Contradictions = result.Contradictions,
            OptionalMissed = result.OptionalMissed,
            Partial = result.Partial.GroupBy(p => p.KeyPoint).ToDictionary(g => g.Key, g => Quote(answer, g.First())),
        });
    }

    private static string Quote(string answer, CoveredPoint point) =>
        point.Length > 0 && point.Start >= 0 && point.Start + point.Length <= answer.Length
            ? QuoteText.Elide(answer.Substring(point.Start, point.Length), QuoteLength)
            : string.Empty;
}
