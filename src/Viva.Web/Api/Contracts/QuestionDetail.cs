namespace Viva.Web.Api.Contracts;

/// <summary>One question with its answer, key points, duplicates and the user's history.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer as Markdown, or null.</param>
/// <param name="AnswerHtml">The answer as safe HTML, or null.</param>
/// <param name="KeyPoints">Key points of a curated answer.</param>
/// <param name="Tags">Curated tags.</param>
/// <param name="Duplicates">The same question asked elsewhere.</param>
/// <param name="History">The user's reviews of its card, oldest first.</param>
public sealed record QuestionDetail(
    QuestionSummary Question,
    string? Answer,
    string? AnswerHtml,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> Tags,
    IReadOnlyList<DuplicateDto> Duplicates,
    IReadOnlyList<ReviewDto> History)
{
    /// <summary>Curated questions nearest in meaning, outside this question's cluster (empty without a sentence encoder).</summary>
    public IReadOnlyList<RelatedDto> Related { get; init; } = [];

    /// <summary>Linked questions whose documents' answers contradict the reference answer (both are kept).</summary>
    public IReadOnlyList<ConflictDto> Conflicts { get; init; } = [];
}
