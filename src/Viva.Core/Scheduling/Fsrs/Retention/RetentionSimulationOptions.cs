namespace Viva.Core.Scheduling.Fsrs.Retention;

/// <summary>
/// The imagined study plan retention advice is simulated on, and what each kind of review costs. The costs follow
/// the figures Anki's simulator starts from: a new card takes about 20 s to learn, a forgotten card about 20 s to
/// relearn, a remembered one about 8 s; a lapse also weighs <see cref="LossAversion"/> times its time.
/// </summary>
public sealed record RetentionSimulationOptions
{
    /// <summary>Seconds to learn a new card, its same-day steps included.</summary>
    public double LearnSeconds { get; init; } = 20;

    /// <summary>Seconds for a review the user recalls.</summary>
    public double RecallSeconds { get; init; } = 8;

    /// <summary>Seconds for a review the user forgot, relearning included.</summary>
    public double LapseSeconds { get; init; } = 20;

    /// <summary>
    /// How much more a lapse weighs than the seconds it takes: forgetting an answer one needs costs more than the
    /// relearning time. fsrs-rs's retention optimiser uses the same factor, 2.5.
    /// </summary>
    public double LossAversion { get; init; } = 2.5;

    /// <summary>Cards learnt, <see cref="NewPerDay"/> a day from the first day.</summary>
    public int Cards { get; init; } = 2000;

    /// <summary>New cards a day.</summary>
    public int NewPerDay { get; init; } = 10;

    /// <summary>Days simulated; knowledge is measured on the last.</summary>
    public int Days { get; init; } = 365;

    /// <summary>Share of first ratings Again, Hard, Good, Easy (the user's own when known).</summary>
    public IReadOnlyList<double> FirstRatings { get; init; } = [0.2, 0.1, 0.6, 0.1];

    /// <summary>Share of Hard, Good, Easy among recalled reviews (the user's own when known).</summary>
    public IReadOnlyList<double> RecallRatings { get; init; } = [0.1, 0.8, 0.1];

    /// <summary>Seeds the simulated recalls: the same weights and options give the same advice.</summary>
    public int Seed { get; init; } = 2023;

    /// <summary>Lowest desired retention tried.</summary>
    public double MinRetention { get; init; } = 0.70;

    /// <summary>Highest desired retention tried.</summary>
    public double MaxRetention { get; init; } = 0.95;

    /// <summary>Step between desired retentions tried.</summary>
    public double Step { get; init; } = 0.01;
}
