namespace Viva.Core.Import.Anki;

/// <summary>An Anki note: its fields as HTML (in the note type's order) and its tags.</summary>
public sealed record AnkiNote(long Id, string NoteGuid, long NoteTypeId, IReadOnlyList<string> Fields, IReadOnlyList<string> Tags);
