namespace Viva.Core.Scheduling.Fsrs.Retention;

/// <summary>The simulated workload at each desired retention, and the one that costs least per card remembered.</summary>
/// <param name="Recommended">The desired retention with the lowest <see cref="RetentionPoint.SecondsPerCard"/>.</param>
/// <param name="Points">Every retention tried, lowest first.</param>
public sealed record RetentionAdvice(double Recommended, IReadOnlyList<RetentionPoint> Points);

/// <summary>The outcome of studying with one desired retention.</summary>
/// <param name="Retention">The desired retention.</param>
/// <param name="StudyMinutes">Total study time over the simulated days, lapses weighed by the loss aversion.</param>
/// <param name="Remembered">Expected number of cards recalled on the last day (the sum of their recall probabilities).</param>
public sealed record RetentionPoint(double Retention, double StudyMinutes, double Remembered)
{
    /// <summary>Study seconds per card remembered at the end: what the recommendation minimises.</summary>
    public double SecondsPerCard => Remembered <= 0 ? double.PositiveInfinity : StudyMinutes * 60 / Remembered;
}
