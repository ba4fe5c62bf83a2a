using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Scheduling.Fsrs.Retention;

namespace Viva.Core.Scheduling.Fsrs;

/// <summary>Either why nothing was fitted, or the fit, how it was stored, and the retention advice that goes with it.</summary>
public sealed record FsrsOptimizeResult
{
    /// <summary>Why the log was not fitted (too few reviews); null when it was.</summary>
    public string? Refusal { get; init; }

    /// <summary>Reviews found.</summary>
    public int Reviews { get; init; }

    /// <summary>The held-out comparison and the weights.</summary>
    public FsrsFitReport? Report { get; init; }

    /// <summary>The stored version (applied or not).</summary>
    public FittedParameters? Saved { get; init; }

    /// <summary>Retention advice for the weights in use after this run.</summary>
    public RetentionAdvice? Advice { get; init; }

    /// <summary>True when the weights in use before were the FSRS-6 defaults.</summary>
    public bool ComparedWithDefaults { get; init; }
}
