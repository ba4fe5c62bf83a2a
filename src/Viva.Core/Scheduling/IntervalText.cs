namespace Viva.Core.Scheduling;

/// <summary>Durations as people say them: 45s, 10m, 2h, 3d, 1.5mo, 2y.</summary>
public static class IntervalText
{
    /// <summary>A short form of <paramref name="span"/>.</summary>
    public static string Describe(TimeSpan span) => span.TotalMinutes switch
    {
        < 1 => $"{Math.Max(1, Math.Round(span.TotalSeconds)):0}s",
        < 60 => $"{Math.Round(span.TotalMinutes):0}m",
        < 24 * 60 => $"{Math.Round(span.TotalHours):0}h",
        < 30 * 24 * 60 => $"{Math.Round(span.TotalDays):0}d",
        < 365 * 24 * 60 => $"{span.TotalDays / 30.4:0.#}mo",
        _ => $"{span.TotalDays / 365.25:0.#}y",
    };
}
