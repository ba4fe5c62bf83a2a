namespace Viva.Core.Import.Anki;

/// <summary>
/// One row of Anki's review log. <paramref name="Id"/> is the review time in Unix milliseconds; <paramref name="Ease"/> the
/// button (1 again … 4 easy; 0 for a manual reschedule); <paramref name="Kind"/> 0 learn, 1 review, 2 relearn, 3 filtered,
/// 4 manual, 5 rescheduled; <paramref name="Interval"/> the interval given (days, or negative seconds while learning).
/// </summary>
public sealed record AnkiReview(long Id, long CardId, int Ease, int Interval, int Kind, int DurationMs);
