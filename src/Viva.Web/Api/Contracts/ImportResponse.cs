namespace Viva.Web.Api.Contracts;

/// <summary>The outcome of an upload, one entry per file in upload order.</summary>
/// <param name="Documents">Per-document buckets and diagnostics.</param>
public sealed record ImportResponse(IReadOnlyList<DocumentDto> Documents);
