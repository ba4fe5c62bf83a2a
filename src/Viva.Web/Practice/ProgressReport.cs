using Viva.Core.Analytics;

namespace Viva.Web.Practice;

/// <summary>Everything the dashboard and the stats page plot.</summary>
/// <param name="Stats">The figures <c>viva stats</c> prints.</param>
/// <param name="Streak">Study days in a row with at least one review.</param>
/// <param name="RetentionPerDay">True retention on each of the last 30 study days.</param>
public sealed record ProgressReport(StudyStats Stats, int Streak, IReadOnlyList<DayRetention> RetentionPerDay);
