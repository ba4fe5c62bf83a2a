namespace Viva.Core.Import;

/// <summary>How serious an import diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that changed nothing.</summary>
    Info,

    /// <summary>An item was skipped or repaired; the rest of the document was imported.</summary>
    Warning,

    /// <summary>The document could not be imported at all.</summary>
    Error,
}
