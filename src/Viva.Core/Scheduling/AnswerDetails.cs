namespace Viva.Core.Scheduling;

/// <summary>What the user did before rating a card.</summary>
/// <param name="Answer">The typed answer, if any.</param>
/// <param name="Score">The grader's 0–5 score, if graded.</param>
/// <param name="Duration">Time from showing the question to the rating.</param>
/// <param name="Override">"I was right" or "I was wrong" about the grade; only meaningful with a <paramref name="Score"/>.</param>
public sealed record AnswerDetails(string? Answer, double? Score, TimeSpan Duration, GradeOverride? Override = null)
{
    /// <summary>No answer typed, no time measured.</summary>
    public static AnswerDetails None { get; } = new(null, null, TimeSpan.Zero);
}
