namespace Viva.Core.Import.Anki;

/// <summary>An Anki card: which note, and which template (or, for cloze, which cloze number less one).</summary>
public sealed record AnkiCard(long Id, long NoteId, int Ordinal);
