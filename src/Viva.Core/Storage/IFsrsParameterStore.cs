using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Core.Storage;

/// <summary>Each user's fitted FSRS weights, every fit kept with its date; and the ratings the optimizer reads.</summary>
public interface IFsrsParameterStore
{
    /// <summary>The user's ratings since <paramref name="since"/>, oldest first (the optimizer's input).</summary>
    Task<IReadOnlyList<LoggedReview>> GetRatingLogAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Records a fit as the user's newest version; returns its id.</summary>
    Task<long> SaveFsrsParametersAsync(FittedParameters fit, CancellationToken cancellationToken = default);

    /// <summary>The user's newest fit, or the newest applied one when <paramref name="appliedOnly"/>; null if none.</summary>
    Task<FittedParameters?> GetFsrsParametersAsync(string userId, bool appliedOnly, CancellationToken cancellationToken = default);
}
