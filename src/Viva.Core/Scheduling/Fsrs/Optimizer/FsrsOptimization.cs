namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>
/// Fits weights to a user's log and judges them fairly: the items are split in time, the earlier 80% train a fit
/// that is scored against the current weights on the later 20%; the weights to apply are then fitted to everything.
/// </summary>
public static class FsrsOptimization
{
    /// <summary>
    /// Fewest reviews the optimizer accepts. Below a few hundred reviews the held-out fifth is too small to tell two sets
    /// of weights apart and the defaults, fitted on thousands of users, are the safer choice.
    /// </summary>
    public const int MinimumReviews = 400;

    /// <summary>Fewest reviews made on a later day than the card's previous one (the only ones the loss can score).</summary>
    public const int MinimumItems = 100;

    /// <summary>Share of the items, oldest first, that the held-out fit trains on.</summary>
    public const double TrainingShare = 0.8;

    /// <summary>Why <paramref name="set"/> is too small to fit, or null when it is large enough.</summary>
    public static string? Refusal(TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Reviews < MinimumReviews)
        {
            return $"fitting FSRS parameters needs at least {MinimumReviews} reviews; there are {set.Reviews} so far";
        }

        return set.Items.Count < MinimumItems
            ? $"fitting FSRS parameters needs at least {MinimumItems} reviews made a day or more after the card's previous review; there are {set.Items.Count} so far"
            : null;
    }

    /// <summary>The earlier and later items of the time-series split.</summary>
    public static (IReadOnlyList<TrainingItem> Training, IReadOnlyList<TrainingItem> Test) Split(IReadOnlyList<TrainingItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var cut = (int)Math.Round(items.Count * TrainingShare);
        return ([.. items.Take(cut)], [.. items.Skip(cut)]);
    }

    /// <summary>Fits, scores and refits.</summary>
    /// <param name="set">The user's log.</param>
    /// <param name="current">The weights in use.</param>
    /// <param name="optimizer">The optimizer, with its settings.</param>
    /// <param name="cancellationToken">Stops the fit.</param>
    /// <exception cref="InvalidOperationException">The log is too small (<see cref="Refusal"/> says why).</exception>
    public static FsrsFitReport Run(TrainingSet set, FsrsParameters current, FsrsOptimizer optimizer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(optimizer);
        if (Refusal(set) is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var (training, test) = Split(set.Items);
        var fitted = optimizer.Fit(training, cancellationToken);
        var final = optimizer.Fit(set.Items, cancellationToken);
        return new FsrsFitReport(
            set.Reviews, training.Count,
            current, FsrsEvaluator.Evaluate(current, test),
            fitted, FsrsEvaluator.Evaluate(fitted, test),
            final);
    }
}
