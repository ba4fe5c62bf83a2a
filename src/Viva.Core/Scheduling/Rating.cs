namespace Viva.Core.Scheduling;

/// <summary>How well the user recalled a card. The numbers are FSRS's grades.</summary>
public enum Rating
{
    /// <summary>Forgotten.</summary>
    Again = 1,

    /// <summary>Recalled with serious difficulty.</summary>
    Hard = 2,

    /// <summary>Recalled.</summary>
    Good = 3,

    /// <summary>Recalled without effort.</summary>
    Easy = 4,
}
