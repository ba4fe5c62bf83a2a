namespace Viva.Web.Api.Contracts;

/// <summary>A graded answer, the reference, and the four ratings to choose from.</summary>
/// <param name="Card">The card.</param>
/// <param name="Score">0–5, or null when not graded.</param>
/// <param name="Covered">Key points covered.</param>
/// <param name="Missed">Key points missed.</param>
/// <param name="Notice">A line for the user, or null.</param>
/// <param name="SuggestedRating">The rating the score suggests (1–4), or null.</param>
/// <param name="ReferenceHtml">The reference answer as safe HTML, or null when the bank has none.</param>
/// <param name="KeyPoints">The key points of a curated answer.</param>
/// <param name="Outcomes">What each rating would schedule, Again first.</param>
public sealed record GradeResponse(
    CardDto Card,
    double? Score,
    IReadOnlyList<string> Covered,
    IReadOnlyList<string> Missed,
    string? Notice,
    int? SuggestedRating,
    string? ReferenceHtml,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<OutcomeDto> Outcomes)
{
    /// <summary>For each covered key point, in the same order, the words of the answer that earned it.</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    /// <summary>Missed key points (also in <c>missed</c>) the answer says part of.</summary>
    public IReadOnlyList<string> Partial { get; init; } = [];

    /// <summary>Optional key points (marked "(optional)") the answer leaves out; never in <c>missed</c>.</summary>
    public IReadOnlyList<string> OptionalMissed { get; init; } = [];

    /// <summary>One sentence per key point the answer contradicts.</summary>
    public IReadOnlyList<string> Contradictions { get; init; } = [];
}
