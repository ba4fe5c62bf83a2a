namespace Viva.Core.Import.Anki;

/// <summary>One note of an exported deck: its stable id, the three fields as HTML, and its tags.</summary>
/// <param name="NoteGuid">Derived from the question id, so a re-exported deck updates the notes it made before.</param>
/// <param name="Question">The question field.</param>
/// <param name="Answer">The answer field.</param>
/// <param name="KeyPoints">The key points field (a list, or empty).</param>
/// <param name="Tags">Tags from the topics and level.</param>
public sealed record AnkiExportNote(string NoteGuid, string Question, string Answer, string KeyPoints, IReadOnlyList<string> Tags)
{
    /// <summary>The note type's field names, in order.</summary>
    public static readonly IReadOnlyList<string> FieldNames = ["Question", "Answer", "Key points"];
}
