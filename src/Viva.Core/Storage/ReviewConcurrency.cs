using Viva.Core.Scheduling.States;

namespace Viva.Core.Storage;

/// <summary>The optimistic-concurrency rule every store applies inside the write transaction of a review.</summary>
public static class ReviewConcurrency
{
    /// <summary>
    /// True when the stored schedule (<see cref="CardSchedule.New"/> for a card never studied) is still the one the
    /// review was computed from. Reps alone could repeat after an undo and a new rating; the last review time tells those apart.
    /// </summary>
    public static bool IsCurrent(CardSchedule stored, CardSchedule before)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(before);
        return stored.Reps == before.Reps && stored.LastReview == before.LastReview && stored.Phase == before.Phase;
    }
}
