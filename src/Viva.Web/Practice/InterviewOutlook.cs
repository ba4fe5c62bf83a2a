using Viva.Core.Scheduling.Interview;

namespace Viva.Web.Practice;

/// <summary>The user's interview plan and how ready they would be on the day if they studied nothing more.</summary>
/// <param name="Plan">The date and daily minutes (<c>viva plan</c> or the settings page).</param>
/// <param name="DaysLeft">Study days from today to the interview; 0 or less once it has come.</param>
/// <param name="Topics">Readiness on the day per topic, ordered by topic.</param>
public sealed record InterviewOutlook(InterviewPlan Plan, int DaysLeft, IReadOnlyList<TopicForecast> Topics);
