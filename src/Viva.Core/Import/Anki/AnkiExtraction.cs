namespace Viva.Core.Import.Anki;

/// <summary>The questions read from an Anki collection, and which Anki cards each question's line stands for.</summary>
/// <param name="Extraction">The questions, as any document's.</param>
/// <param name="CardsByLine">The Anki card ids behind the question on each line, whose reviews become its reviews.</param>
public sealed record AnkiExtraction(DocumentExtraction Extraction, IReadOnlyDictionary<int, IReadOnlyList<long>> CardsByLine);
