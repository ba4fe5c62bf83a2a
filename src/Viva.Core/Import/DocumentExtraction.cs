using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>An item that looked like a question but could not be used, and why.</summary>
/// <param name="Line">1-based line of the item.</param>
/// <param name="Text">What the item said, as far as it could be read.</param>
/// <param name="Reason">Why it was rejected.</param>
public sealed record InvalidItem(int Line, string Text, string Reason);

/// <summary>Everything the parser found in one document.</summary>
/// <param name="Source">The document's name.</param>
/// <param name="Questions">The questions, in document order.</param>
/// <param name="Invalid">Question-like items that could not be used.</param>
/// <param name="Diagnostics">Warnings and notes about the document.</param>
public sealed record DocumentExtraction(
    string Source,
    IReadOnlyList<ExtractedQuestion> Questions,
    IReadOnlyList<InvalidItem> Invalid,
    IReadOnlyList<ImportDiagnostic> Diagnostics);
