namespace Viva.Web.Api.Contracts;

/// <summary>An answer to grade.</summary>
/// <param name="CardId">The card.</param>
/// <param name="Answer">What the user typed (may be empty).</param>
public sealed record GradeRequest(string? CardId, string? Answer);
