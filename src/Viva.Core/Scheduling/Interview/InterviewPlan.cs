namespace Viva.Core.Scheduling.Interview;

/// <summary>The user's interview date and daily study budget (<c>viva plan --interview DATE --minutes-per-day N</c>).</summary>
/// <param name="Date">The interview day.</param>
/// <param name="MinutesPerDay">Minutes of practice a day.</param>
public sealed record InterviewPlan(DateOnly Date, int MinutesPerDay)
{
    /// <summary>The daily budget when none is given.</summary>
    public const int DefaultMinutesPerDay = 30;
}
