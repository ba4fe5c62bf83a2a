namespace Viva.Core.Mock;

/// <summary>What the grader said about one mock answer.</summary>
/// <param name="Score">0–5.</param>
/// <param name="Covered">Key points covered.</param>
/// <param name="Missed">Key points missed.</param>
public sealed record MockGrade(double Score, IReadOnlyList<string> Covered, IReadOnlyList<string> Missed);
