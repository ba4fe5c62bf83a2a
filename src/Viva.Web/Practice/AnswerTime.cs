namespace Viva.Web.Practice;

/// <summary>How long an answer took, from the time a form says its question was shown; a form can say anything.</summary>
public static class AnswerTime
{
    /// <summary>
    /// The time from <paramref name="shownAtUnixMs"/> to <paramref name="now"/>; zero when the form's time is in the
    /// future, older than <paramref name="longest"/>, or not a time at all (beyond year 9999), so a forged form cannot fail the request.
    /// </summary>
    public static TimeSpan Since(long shownAtUnixMs, DateTimeOffset now, TimeSpan longest)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        // Compared without subtracting the form's number, which could overflow.
        if (shownAtUnixMs > nowMs || shownAtUnixMs <= nowMs - (long)longest.TotalMilliseconds)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromMilliseconds(nowMs - shownAtUnixMs);
    }
}
