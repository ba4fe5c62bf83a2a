namespace Viva.Core.Import;

/// <summary>One document to import: its name and raw bytes.</summary>
/// <param name="Source">The name questions will carry (file name or path under the imported folder).</param>
/// <param name="Content">The raw bytes, in any of the encodings <see cref="SourceDecoder"/> accepts.</param>
public sealed record ImportDocument(string Source, ReadOnlyMemory<byte> Content)
{
    /// <summary>
    /// The questions, when they were read before the import (from a format such as an Anki package, which needs a reader
    /// outside Core); the content is then only fingerprinted.
    /// </summary>
    public DocumentExtraction? Extraction { get; init; }
}
