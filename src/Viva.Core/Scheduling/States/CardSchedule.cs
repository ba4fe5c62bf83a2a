using Viva.Core.Scheduling.Fsrs;

namespace Viva.Core.Scheduling.States;

/// <summary>Everything the scheduler knows about one card. Immutable: a review produces a new one.</summary>
/// <param name="Phase">New, learning, review or relearning.</param>
/// <param name="Memory">FSRS memory state; null until the first review.</param>
/// <param name="Step">Index of the current learning or relearning step.</param>
/// <param name="Due">When the card should next be shown; null for a new card.</param>
/// <param name="LastReview">When it was last reviewed; null for a new card.</param>
/// <param name="Reps">How many reviews it has had.</param>
/// <param name="Lapses">How many times it was forgotten after graduating.</param>
/// <param name="ScheduledDays">The whole days of the last interval (0 on a same-day step).</param>
public sealed record CardSchedule(
    CardPhase Phase,
    MemoryState? Memory,
    int Step,
    DateTimeOffset? Due,
    DateTimeOffset? LastReview,
    int Reps,
    int Lapses,
    int ScheduledDays)
{
    /// <summary>A card never reviewed.</summary>
    public static CardSchedule New { get; } = new(CardPhase.New, null, 0, null, null, 0, 0, 0);
}
