namespace Viva.Web.Api.Contracts;

/// <summary>A message about one line of an imported document.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Message">The message.</param>
public sealed record DiagnosticDto(int Line, string Severity, string Message);
