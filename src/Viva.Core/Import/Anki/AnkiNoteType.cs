namespace Viva.Core.Import.Anki;

/// <summary>An Anki note type: its name, whether it makes cloze cards, its field names in order, and its card templates (empty where unknown).</summary>
public sealed record AnkiNoteType(long Id, string Name, bool IsCloze, IReadOnlyList<string> FieldNames, IReadOnlyList<AnkiTemplate> Templates);
