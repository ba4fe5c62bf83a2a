namespace Viva.Web.Api.Contracts;

/// <summary>A related question: near in meaning, asking something else.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Question">Its text.</param>
public sealed record RelatedDto(string Id, string Question);
