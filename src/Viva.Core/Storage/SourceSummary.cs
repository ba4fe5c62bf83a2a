namespace Viva.Core.Storage;

/// <summary>One imported document.</summary>
/// <param name="Source">The document's name.</param>
/// <param name="Questions">Live questions from it.</param>
/// <param name="Answered">How many of them have a full answer.</param>
/// <param name="ImportedAt">When it was last imported.</param>
public sealed record SourceSummary(string Source, int Questions, int Answered, DateTimeOffset ImportedAt)
{
    /// <summary>How many of them have only a stub for an answer (links, a skeleton, a TODO).</summary>
    public int Stubs { get; init; }
}
