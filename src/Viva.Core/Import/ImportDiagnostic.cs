namespace Viva.Core.Import;

/// <summary>A message about one place in an imported document.</summary>
/// <param name="Source">The document's name.</param>
/// <param name="Line">1-based line the message is about.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">One line, in plain words.</param>
public sealed record ImportDiagnostic(string Source, int Line, DiagnosticSeverity Severity, string Message)
{
    /// <summary>The one-line form used on stderr: <c>viva: file:line: message</c>.</summary>
    public override string ToString() => $"viva: {Source}:{Line}: {Message}";
}
