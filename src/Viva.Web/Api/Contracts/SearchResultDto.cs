namespace Viva.Web.Api.Contracts;

/// <summary>A search result.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Question">Its text.</param>
/// <param name="Topic">Its topic headings.</param>
/// <param name="Score">Relevance: word and meaning rankings fused, higher is better (comparable within one search).</param>
/// <param name="Highlighted">The question as HTML with the matched words in <c>mark</c> elements.</param>
/// <param name="Snippet">The opening of the answer as plain text; empty when there is none.</param>
public sealed record SearchResultDto(string Id, string Question, IReadOnlyList<string> Topic, double Score, string Highlighted, string Snippet);
