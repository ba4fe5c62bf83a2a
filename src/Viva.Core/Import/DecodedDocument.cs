namespace Viva.Core.Import;

/// <summary>The outcome of turning a document's bytes into text.</summary>
/// <param name="Text">The normalised text (LF line ends, no BOM, mojibake repaired); null when decoding failed.</param>
/// <param name="Error">Why decoding failed; null on success.</param>
/// <param name="Repairs">How many double-encoded sequences were repaired.</param>
public sealed record DecodedDocument(string? Text, ImportDiagnostic? Error, int Repairs);
