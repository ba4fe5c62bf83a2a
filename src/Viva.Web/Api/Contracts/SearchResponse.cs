namespace Viva.Web.Api.Contracts;

/// <summary>Search results, best first.</summary>
/// <param name="Results">The hits.</param>
public sealed record SearchResponse(IReadOnlyList<SearchResultDto> Results);
