using System.Globalization;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Storage;
using Viva.Web.Api.Contracts;

namespace Viva.Web.Practice;

/// <summary>The user's FSRS parameters for the settings page, the stats page and <c>/api/fsrs</c>: what is in use, and the optimizer.</summary>
public sealed class FsrsSettingsService(IFsrsParameterStore store, FsrsScheduler scheduler, TimeProvider time, string userId)
{
    /// <summary>What schedules the user's cards now, and the latest retention advice.</summary>
    public async Task<FsrsStatusResponse> StatusAsync(CancellationToken cancellationToken)
    {
        var inUse = await store.GetFsrsParametersAsync(userId, appliedOnly: true, cancellationToken);
        var newest = await store.GetFsrsParametersAsync(userId, appliedOnly: false, cancellationToken);
        var weights = (inUse?.Parameters ?? FsrsParameters.Default).Weights;
        return new FsrsStatusResponse(inUse is null ? "default" : "fitted", inUse?.FittedAt, [.. weights], newest?.RecommendedRetention);
    }

    /// <summary>Fits the parameters; the error is a one-line reason (bad date, too few reviews) when nothing was fitted.</summary>
    public async Task<(FsrsOptimizeResponse? Result, string? Error, bool BadInput)> OptimizeAsync(FsrsOptimizeBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        DateTimeOffset? since = null;
        if (!string.IsNullOrWhiteSpace(body.Since))
        {
            if (!DateTimeOffset.TryParse(body.Since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return (null, $"'{body.Since}' is not a date (yyyy-MM-dd or ISO-8601)", true);
            }

            since = parsed;
        }

        var request = new FsrsOptimizeRequest(userId, scheduler.Options) { Since = since, ForceApply = body.Apply ?? false };
        var result = await new FsrsOptimizeService(store, time).OptimizeAsync(request, cancellationToken);
        return result.Refusal is { } refusal ? (null, refusal, false) : (FsrsOptimizeResponse.From(result), null, false);
    }
}
