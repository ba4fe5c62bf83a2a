namespace Viva.Core.Storage;

/// <summary>One imported document.</summary>
/// <param name="Source">The document's name.</param>
/// <param name="Questions">Live questions from it.</param>
/// <param name="Answered">How many of them have an answer.</param>
/// <param name="ImportedAt">When it was last imported.</param>
public sealed record SourceSummary(string Source, int Questions, int Answered, DateTimeOffset ImportedAt);
