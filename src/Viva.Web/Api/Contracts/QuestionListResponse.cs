namespace Viva.Web.Api.Contracts;

/// <summary>Questions that passed the filters.</summary>
/// <param name="Questions">In source and line order.</param>
public sealed record QuestionListResponse(IReadOnlyList<QuestionSummary> Questions);
