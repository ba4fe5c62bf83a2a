namespace Viva.Core.Import.Anki;

/// <summary>What Viva reads from an Anki collection: note types, notes, cards and the review log.</summary>
/// <param name="NoteTypes">Note types by id.</param>
/// <param name="Notes">Notes, in the order they were created.</param>
/// <param name="Cards">Cards, each of one note.</param>
/// <param name="Reviews">The review log, oldest first.</param>
public sealed record AnkiPackageContents(
    IReadOnlyDictionary<long, AnkiNoteType> NoteTypes,
    IReadOnlyList<AnkiNote> Notes,
    IReadOnlyList<AnkiCard> Cards,
    IReadOnlyList<AnkiReview> Reviews);
