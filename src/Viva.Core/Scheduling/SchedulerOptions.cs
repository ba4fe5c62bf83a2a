using Viva.Core.Scheduling.Fsrs;

namespace Viva.Core.Scheduling;

/// <summary>How cards are scheduled: FSRS weights plus the scheduler layer's settings (the py-fsrs / ts-fsrs defaults).</summary>
public sealed record SchedulerOptions
{
    /// <summary>The FSRS weights.</summary>
    public FsrsParameters Parameters { get; init; } = FsrsParameters.Default;

    /// <summary>Target probability of recall when a card comes due, in (0, 1].</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>Longest interval, in days.</summary>
    public int MaximumInterval { get; init; } = 36500;

    /// <summary>Same-day steps for a new card.</summary>
    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    /// <summary>Same-day steps after a lapse.</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    /// <summary>Spread intervals of 3 days and more a little, so cards learnt together do not stay together.</summary>
    public bool EnableFuzz { get; init; } = true;

    /// <summary>No same-day steps and no same-day memory updates: every rating schedules whole days.</summary>
    public bool LongTermOnly { get; init; }

    /// <summary>The user's time zone: days are counted on its calendar.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The hour a new study day starts (reviews after midnight still count for the evening before).</summary>
    public int DayStartHour { get; init; } = 4;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!(DesiredRetention > 0 && DesiredRetention <= 1))
        {
            throw new ArgumentException($"desired retention must be in (0, 1], not {DesiredRetention}");
        }

        if (MaximumInterval < 1)
        {
            throw new ArgumentException($"the maximum interval must be at least 1 day, not {MaximumInterval}");
        }

        if (LearningSteps.Concat(RelearningSteps).Any(s => s <= TimeSpan.Zero))
        {
            throw new ArgumentException("learning steps must be positive durations");
        }

        if (DayStartHour is < 0 or > 23)
        {
            throw new ArgumentException($"the day start hour must be 0–23, not {DayStartHour}");
        }
    }
}
