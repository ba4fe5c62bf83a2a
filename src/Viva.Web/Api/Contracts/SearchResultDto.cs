namespace Viva.Web.Api.Contracts;

/// <summary>A search result.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Question">Its text.</param>
/// <param name="Topic">Its topic headings.</param>
/// <param name="Score">Relevance (BM25, higher is better).</param>
/// <param name="Highlighted">The question as HTML with the matched words in <c>mark</c> elements.</param>
public sealed record SearchResultDto(string Id, string Question, IReadOnlyList<string> Topic, double Score, string Highlighted);
