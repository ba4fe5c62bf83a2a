namespace Viva.Core.Import;

/// <summary>What happened to one document.</summary>
public sealed record DocumentReport
{
    /// <summary>The document's name.</summary>
    public required string Source { get; init; }

    /// <summary>Questions found (every bucket but invalid).</summary>
    public int Questions { get; init; }

    /// <summary>Questions found with a full answer (a stub does not count).</summary>
    public int Answered { get; init; }

    /// <summary>Questions found with only a stub for an answer: links, a skeleton of headings or bullets, a TODO.</summary>
    public int Stubs { get; init; }

    /// <summary>Items per bucket.</summary>
    public int Added { get; init; }

    /// <inheritdoc cref="Added"/>
    public int Updated { get; init; }

    /// <inheritdoc cref="Added"/>
    public int Unchanged { get; init; }

    /// <inheritdoc cref="Added"/>
    public int Duplicates { get; init; }

    /// <inheritdoc cref="Added"/>
    public int Invalid { get; init; }

    /// <summary>Questions that left the document since its last import (kept, hidden).</summary>
    public int Retired { get; init; }

    /// <summary>Warnings and errors, with lines.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when the document could not be imported at all.</summary>
    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
