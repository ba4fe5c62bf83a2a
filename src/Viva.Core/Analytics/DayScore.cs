namespace Viva.Core.Analytics;

/// <summary>The grader's mean score on one study day.</summary>
/// <param name="Date">The study day.</param>
/// <param name="Mean">Mean 0–5 score of the graded answers; null when none was graded.</param>
/// <param name="Answers">Graded answers that day.</param>
public sealed record DayScore(DateOnly Date, double? Mean, int Answers);
