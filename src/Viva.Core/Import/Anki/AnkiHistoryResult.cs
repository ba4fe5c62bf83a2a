namespace Viva.Core.Import.Anki;

/// <summary>What importing an Anki review log did.</summary>
/// <param name="Imported">Reviews added to the review log.</param>
/// <param name="Cards">Cards that received reviews.</param>
/// <param name="AlreadyThere">Reviews skipped because the log already holds them (an earlier import of the same deck).</param>
/// <param name="Skipped">Reviews skipped because they are not ratings (manual reschedules) or come before the card's own later history.</param>
public sealed record AnkiHistoryResult(int Imported, int Cards, int AlreadyThere, int Skipped);
