namespace Viva.Core.Import.Anki;

/// <summary>Splits and joins Anki's note fields, which one column holds separated by the unit separator.</summary>
public static class AnkiNoteFields
{
    /// <summary>The separator between fields.</summary>
    public const char Separator = '\u001f';

    /// <summary>The fields of a stored note.</summary>
    public static IReadOnlyList<string> Split(string fields) => (fields ?? string.Empty).Split(Separator);

    /// <summary>The stored form of <paramref name="fields"/>.</summary>
    public static string Join(IEnumerable<string> fields) => string.Join(Separator, fields);

    /// <summary>The tags of a stored note (space separated, with spaces around).</summary>
    public static IReadOnlyList<string> SplitTags(string tags) =>
        (tags ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The stored form of <paramref name="tags"/>: separated by spaces, with a space before and after, as Anki writes them.</summary>
    public static string JoinTags(IReadOnlyCollection<string> tags) => tags.Count == 0 ? string.Empty : $" {string.Join(' ', tags)} ";
}
