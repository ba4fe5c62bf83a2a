using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Scheduling.Fsrs.Retention;
using Viva.Core.Storage;

namespace Viva.Core.Scheduling.Fsrs;

/// <summary>
/// <c>viva fsrs optimize</c> and the web's "Optimize" button: reads the user's log, fits, compares the fit with the
/// weights in use on the later reviews, stores the fit as a new version (applied only when it is better, or when asked),
/// and works out the desired retention to recommend.
/// </summary>
public sealed class FsrsOptimizeService(IFsrsParameterStore store, TimeProvider time)
{
    /// <summary>The weights the user's scheduler uses now: their newest applied fit, else the defaults.</summary>
    public async Task<FsrsParameters> CurrentAsync(string userId, CancellationToken cancellationToken = default) =>
        (await store.GetFsrsParametersAsync(userId, appliedOnly: true, cancellationToken).ConfigureAwait(false))?.Parameters ?? FsrsParameters.Default;

    /// <summary>Runs the fit.</summary>
    public async Task<FsrsOptimizeResult> OptimizeAsync(FsrsOptimizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var log = await store.GetRatingLogAsync(request.UserId, DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        if (request.Since is { } since)
        {
            var started = log.GroupBy(r => r.CardId, StringComparer.Ordinal).Where(g => g.Min(r => r.ReviewedAt) >= since).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            log = [.. log.Where(r => started.Contains(r.CardId))];
        }

        var set = TrainingSet.From(log, request.Scheduler.TimeZone, request.Scheduler.DayStartHour);
        if (FsrsOptimization.Refusal(set) is { } reason)
        {
            return new FsrsOptimizeResult { Refusal = reason, Reviews = set.Reviews };
        }

        var stored = await store.GetFsrsParametersAsync(request.UserId, appliedOnly: true, cancellationToken).ConfigureAwait(false);
        var current = stored?.Parameters ?? FsrsParameters.Default;
        var optimizer = new FsrsOptimizer(request.Optimizer with
        {
            ShortTerm = !request.Scheduler.LongTermOnly,
            RelearningSteps = request.Scheduler.RelearningSteps.Count,
        });

        // The optimizer is CPU-bound for seconds to minutes; keep it off the caller's thread (the web request's too).
        var report = await Task.Run(() => FsrsOptimization.Run(set, current, optimizer, cancellationToken), cancellationToken).ConfigureAwait(false);
        var apply = report.Improves || request.ForceApply;
        var inUse = apply ? report.Final : current;
        var advice = await Task.Run(() => RetentionAdvisor.Advise(inUse, RetentionAdvisor.WithHabitsOf(set)), cancellationToken).ConfigureAwait(false);
        var saved = new FittedParameters(request.UserId, time.GetUtcNow(), report.Final, set.Reviews, apply, report.CurrentScore, report.FittedScore, advice.Recommended);
        await store.SaveFsrsParametersAsync(saved, cancellationToken).ConfigureAwait(false);
        return new FsrsOptimizeResult { Reviews = set.Reviews, Report = report, Saved = saved, Advice = advice, ComparedWithDefaults = stored is null };
    }
}
