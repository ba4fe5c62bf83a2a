namespace Viva.Core.Import;

/// <summary>The outcome of one import run.</summary>
/// <param name="Documents">One report per input document, in input order.</param>
/// <param name="Questions">The questions of the documents that were read, in document order.</param>
/// <param name="DryRun">True when nothing was stored.</param>
public sealed record ImportReport(IReadOnlyList<DocumentReport> Documents, IReadOnlyList<ImportedQuestion> Questions, bool DryRun)
{
    /// <summary>True when at least one document failed.</summary>
    public bool HasFailures => Documents.Any(d => d.Failed);
}
