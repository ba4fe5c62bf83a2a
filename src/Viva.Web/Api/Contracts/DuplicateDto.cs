namespace Viva.Web.Api.Contracts;

/// <summary>The same question in another document.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Source">The document.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Question">Its wording there.</param>
public sealed record DuplicateDto(string Id, string Source, int Line, string Question);
