using Viva.Core.Analytics;
using Viva.Web.Practice;

namespace Viva.Web.Api.Contracts;

/// <summary><c>GET /api/stats</c>: the figures <c>viva stats</c> prints, and the rest of what the charts plot.</summary>
/// <param name="Stats">Today, reviews and true retention over 30 days, the due forecast, readiness per topic now.</param>
/// <param name="Streak">Study days in a row with at least one review.</param>
/// <param name="RetentionPerDay">True retention on each of the last 30 study days.</param>
/// <param name="GradeTrend">The grader's mean 0–5 score on each of the last 30 study days (null on a day with no graded answer).</param>
/// <param name="Interview">The interview plan and readiness on the day per topic; null without a plan.</param>
public sealed record StatsResponse(
    StudyStats Stats,
    int Streak,
    IReadOnlyList<DayRetention> RetentionPerDay,
    IReadOnlyList<DayScore> GradeTrend,
    InterviewForecastDto? Interview);

/// <summary>The interview plan and how ready the user would be on the day if they studied nothing more.</summary>
/// <param name="Date">The interview date.</param>
/// <param name="MinutesPerDay">The daily practice budget.</param>
/// <param name="DaysLeft">Study days from today to the interview; 0 or less once it has come.</param>
/// <param name="Topics">Readiness on the day per topic, ordered by topic.</param>
public sealed record InterviewForecastDto(DateOnly Date, int MinutesPerDay, int DaysLeft, IReadOnlyList<TopicForecastDto> Topics)
{
    /// <summary>The API's view of <paramref name="outlook"/>.</summary>
    public static InterviewForecastDto From(InterviewOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        return new(outlook.Plan.Date, outlook.Plan.MinutesPerDay, outlook.DaysLeft,
            [.. outlook.Topics.Select(t => new TopicForecastDto(t.Topic, t.Cards, t.Ready, Math.Round(t.Readiness, 4), Math.Round(t.MeanRecall, 4)))]);
    }
}

/// <summary>Readiness on the interview day for one topic.</summary>
/// <param name="Topic">The curated area or imported topic.</param>
/// <param name="Cards">Cards in the topic.</param>
/// <param name="Ready">Graduated cards whose recall probability on the day is 0.9 or more.</param>
/// <param name="Readiness">Ready ÷ cards.</param>
/// <param name="MeanRecall">Mean recall probability on the day (new cards count as 0).</param>
public sealed record TopicForecastDto(string Topic, int Cards, int Ready, double Readiness, double MeanRecall);
