namespace Viva.Core.Analytics;

/// <summary>Progress figures for one user, as <c>viva stats</c> and the dashboard show them.</summary>
/// <param name="Today">Cards due, new cards available and reviews done today.</param>
/// <param name="ReviewsPerDay">Reviews on each of the last 30 study days, oldest first (today last).</param>
/// <param name="Retention">Share of review-phase cards recalled over the last 30 days.</param>
/// <param name="Forecast">Cards due on each of the next 30 study days (today first, overdue included).</param>
/// <param name="Topics">Readiness per topic.</param>
public sealed record StudyStats(
    TodayCounts Today,
    IReadOnlyList<DayCount> ReviewsPerDay,
    RetentionStats Retention,
    IReadOnlyList<DayCount> Forecast,
    IReadOnlyList<TopicReadiness> Topics);

/// <summary>Today's workload.</summary>
/// <param name="Due">Studied cards due before the study day ends.</param>
/// <param name="New">New cards still allowed today.</param>
/// <param name="Done">Reviews made today.</param>
public sealed record TodayCounts(int Due, int New, int Done);

/// <summary>A count on one study day.</summary>
/// <param name="Date">The study day.</param>
/// <param name="Count">How many.</param>
public sealed record DayCount(DateOnly Date, int Count);

/// <summary>True retention: how often a card on day intervals was recalled when it came back.</summary>
/// <param name="Young">Cards whose last interval was under 21 days.</param>
/// <param name="Mature">Cards whose last interval was 21 days or more.</param>
/// <param name="All">Both.</param>
public sealed record RetentionStats(RecallRate Young, RecallRate Mature, RecallRate All);

/// <summary>Reviews and how many of them were recalled (rated Hard, Good or Easy).</summary>
/// <param name="Reviews">Reviews counted.</param>
/// <param name="Recalled">Of which recalled.</param>
public sealed record RecallRate(int Reviews, int Recalled)
{
    /// <summary>Recalled ÷ reviews, or null with no reviews.</summary>
    public double? Rate => Reviews == 0 ? null : (double)Recalled / Reviews;
}

/// <summary>How ready the user is on one topic.</summary>
/// <param name="Topic">The curated area or imported topic.</param>
/// <param name="Cards">Cards in the topic.</param>
/// <param name="Studied">Cards studied at least once.</param>
/// <param name="Ready">Graduated cards (past their learning steps) with a current recall probability of 0.9 or more.</param>
/// <param name="MeanRecall">Mean current recall probability over all the topic's cards (new cards count as 0).</param>
public sealed record TopicReadiness(string Topic, int Cards, int Studied, int Ready, double MeanRecall)
{
    /// <summary>Ready ÷ cards.</summary>
    public double Readiness => Cards == 0 ? 0 : (double)Ready / Cards;
}
