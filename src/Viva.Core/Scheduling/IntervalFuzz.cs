using Viva.Core.Text;

namespace Viva.Core.Scheduling;

/// <summary>
/// Turns an FSRS interval into whole days within [minimum, maximum], optionally spread over a small range
/// around it (Anki's fuzz ranges: ±1 day plus 15% of days 2.5–7, 10% of days 7–20 and 5% beyond).
/// </summary>
public static class IntervalFuzz
{
    /// <summary>Whole days for <paramref name="interval"/>; <paramref name="fuzzFactor"/> in [0, 1) picks a day in the fuzz range, null rounds.</summary>
    public static int Constrain(double interval, int minimum, int maximum, double? fuzzFactor)
    {
        minimum = Math.Min(Math.Max(minimum, 1), maximum);
        if (fuzzFactor is not { } factor)
        {
            return (int)Math.Clamp(Round(interval), minimum, maximum);
        }

        interval = Math.Clamp(interval, minimum, maximum);
        var (lower, upper) = Bounds(interval);
        lower = Math.Clamp(lower, minimum, maximum);
        upper = Math.Clamp(upper, minimum, maximum);
        if (upper == lower && upper > 2 && upper < maximum)
        {
            upper = lower + 1;
        }

        return (int)Math.Min(Math.Floor(lower + factor * (1 + upper - lower)), maximum);
    }

    /// <summary>The fuzz range around <paramref name="interval"/> (a single day below 2.5 days).</summary>
    public static (double Lower, double Upper) Bounds(double interval)
    {
        if (interval < 2.5)
        {
            var day = Round(interval);
            return (day, day);
        }

        var delta = 1.0
            + 0.15 * Math.Max(Math.Min(interval, 7) - 2.5, 0)
            + 0.10 * Math.Max(Math.Min(interval, 20) - 7, 0)
            + 0.05 * Math.Max(interval - 20, 0);
        return (Round(interval - delta), Round(interval + delta));
    }

    /// <summary>A reproducible number in [0, 1) for a card's <paramref name="reviewNumber"/>-th review.</summary>
    public static double Factor(string cardId, int reviewNumber)
    {
        ArgumentNullException.ThrowIfNull(cardId);
        // A stable hash of the id, then a SplitMix64 finaliser so neighbouring review numbers spread apart.
        var z = StableHash.Of(cardId) + (ulong)reviewNumber * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static double Round(double value) => Math.Round(value, MidpointRounding.AwayFromZero);
}
