namespace Viva.Core.Scheduling.States;

/// <summary>What answering with <paramref name="Rating"/> would do to a card.</summary>
/// <param name="Rating">The rating.</param>
/// <param name="Card">The card after the review.</param>
/// <param name="ElapsedDays">Whole days since the previous review (0 for a first or same-day review).</param>
/// <param name="Interval">Time until the card is due again.</param>
public sealed record ScheduledOutcome(Rating Rating, CardSchedule Card, int ElapsedDays, TimeSpan Interval);
