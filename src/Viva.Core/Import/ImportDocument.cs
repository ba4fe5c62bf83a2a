namespace Viva.Core.Import;

/// <summary>One document to import: its name and raw bytes.</summary>
/// <param name="Source">The name questions will carry (file name or path under the imported folder).</param>
/// <param name="Content">The raw bytes, in any of the encodings <see cref="SourceDecoder"/> accepts.</param>
public sealed record ImportDocument(string Source, ReadOnlyMemory<byte> Content);
