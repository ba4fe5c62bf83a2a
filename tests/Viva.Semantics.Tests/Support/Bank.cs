using Viva.Core.Grading;
using Viva.Core.Questions;
using Viva.Grading.Training;

namespace Viva.Semantics.Tests.Support;

/// <summary>The curated bank's questions by id, and requests built from them.</summary>
public static class Bank
{
    private static readonly Lazy<Dictionary<string, ExtractedQuestion>> Questions =
        new(() => BankQuestions.Load(RepoPaths.Content).ToDictionary(q => q.Curated!.Id, StringComparer.Ordinal));

    public static IReadOnlyList<ExtractedQuestion> All => [.. Questions.Value.Values];

    public static ExtractedQuestion Question(string id) => Questions.Value[id];

    /// <summary>The request a practice session makes for <paramref name="answer"/> to question <paramref name="id"/>.</summary>
    public static GradingRequest Request(string id, string answer)
    {
        var q = Question(id);
        return new GradingRequest(q.Text, q.Answer ?? string.Empty, q.Curated!.KeyPoints, answer)
        {
            ExpectedNumber = q.Curated.Kind == QuestionKind.Numeric ? q.Curated.NumericAnswer : null,
            Tolerance = q.Curated.Tolerance ?? 0,
        };
    }
}
