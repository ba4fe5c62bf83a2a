using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Web.Api.Contracts;

/// <summary>How well some parameters predict the held-out later reviews (lower is better).</summary>
/// <param name="Parameters"><c>default</c> (the FSRS-6 defaults) or <c>fitted</c>.</param>
/// <param name="LogLoss">Mean binary cross-entropy.</param>
/// <param name="RmseBins">Calibration error over groups of similar reviews.</param>
public sealed record FsrsScoresDto(string Parameters, double LogLoss, double RmseBins)
{
    /// <summary>The DTO of <paramref name="metrics"/>.</summary>
    public static FsrsScoresDto From(FsrsMetrics metrics, bool defaults)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new(defaults ? "default" : "fitted", Math.Round(metrics.LogLoss, 5), Math.Round(metrics.RmseBins, 5));
    }
}
