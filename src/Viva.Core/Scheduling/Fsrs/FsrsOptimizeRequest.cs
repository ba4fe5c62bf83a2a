using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Core.Scheduling.Fsrs;

/// <summary>What to fit, for whom, and on which calendar.</summary>
/// <param name="UserId">Whose reviews.</param>
/// <param name="Scheduler">The user's scheduler settings: days are counted on its calendar, and its relearning steps bound w17–w18.</param>
public sealed record FsrsOptimizeRequest(string UserId, SchedulerOptions Scheduler)
{
    /// <summary>Only cards first studied on or after this time take part (their histories must be whole).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Apply the fit even if it does not beat the weights in use.</summary>
    public bool ForceApply { get; init; }

    /// <summary>Training settings (seed, epochs…).</summary>
    public FsrsOptimizerOptions Optimizer { get; init; } = new();
}
