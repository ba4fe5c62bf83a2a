namespace Viva.Core.Import.Anki;

/// <summary>A media file of an Anki package (an image or sound a note shows), by its name in the collection.</summary>
public sealed record AnkiMediaFile(string Name, ReadOnlyMemory<byte> Content);
