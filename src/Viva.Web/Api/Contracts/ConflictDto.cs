namespace Viva.Web.Api.Contracts;

/// <summary>A linked question whose document answers it in a way that contradicts the reference answer.</summary>
/// <param name="Id">The question whose answer conflicts.</param>
/// <param name="Source">Its document.</param>
/// <param name="Line">Its 1-based line.</param>
/// <param name="Reference">The question it was compared with.</param>
/// <param name="Reasons">What it contradicts.</param>
public sealed record ConflictDto(string Id, string Source, int Line, string Reference, IReadOnlyList<string> Reasons);
