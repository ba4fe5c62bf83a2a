namespace Viva.Core.Scheduling;

/// <summary>Counts days the way a person does: by the calendar of their time zone, with a day that starts at a set hour.</summary>
public static class StudyDays
{
    /// <summary>The study day <paramref name="time"/> falls on, as a day number.</summary>
    public static long DayNumber(DateTimeOffset time, TimeZoneInfo zone, int dayStartHour)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(time, zone).DateTime.AddHours(-dayStartHour);
        return local.Date.Ticks / TimeSpan.TicksPerDay;
    }

    /// <summary>Whole study days from <paramref name="from"/> to <paramref name="to"/> (0 when the same day or earlier).</summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone, int dayStartHour) =>
        (int)Math.Max(0, DayNumber(to, zone, dayStartHour) - DayNumber(from, zone, dayStartHour));

    /// <summary>The moment the study day after the one holding <paramref name="time"/> starts.</summary>
    public static DateTimeOffset NextDayStart(DateTimeOffset time, TimeZoneInfo zone, int dayStartHour)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var day = DayNumber(time, zone, dayStartHour);
        var localStart = new DateTime((day + 1) * TimeSpan.TicksPerDay, DateTimeKind.Unspecified).AddHours(dayStartHour);
        if (zone.IsInvalidTime(localStart))
        {
            localStart = localStart.AddHours(1);
        }

        return new DateTimeOffset(localStart, zone.GetUtcOffset(localStart));
    }
}
