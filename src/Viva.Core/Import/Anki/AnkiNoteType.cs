namespace Viva.Core.Import.Anki;

/// <summary>An Anki note type: its name, whether it makes cloze cards, and its field names in order.</summary>
public sealed record AnkiNoteType(long Id, string Name, bool IsCloze, IReadOnlyList<string> FieldNames);
