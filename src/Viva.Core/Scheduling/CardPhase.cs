namespace Viva.Core.Scheduling;

/// <summary>Where a card is in its life: never seen, on same-day steps, or on day intervals.</summary>
public enum CardPhase
{
    /// <summary>Never reviewed.</summary>
    New = 0,

    /// <summary>On the learning steps after its first review.</summary>
    Learning = 1,

    /// <summary>Scheduled in whole days.</summary>
    Review = 2,

    /// <summary>Back on same-day steps after a lapse.</summary>
    Relearning = 3,
}
