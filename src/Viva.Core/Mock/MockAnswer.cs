namespace Viva.Core.Mock;

/// <summary>One answered (or skipped) question of a mock interview, as stored and reported.</summary>
/// <param name="Position">1-based position in the interview.</param>
/// <param name="CardId">The card (cluster) asked.</param>
/// <param name="Area">The curated area.</param>
/// <param name="Question">The question as it was asked.</param>
/// <param name="FollowUpOf">For a follow-up, the position of the question it follows.</param>
/// <param name="Answer">What the user typed; empty when skipped.</param>
/// <param name="Score">The grader's 0–5; null when it was skipped or could not be graded.</param>
/// <param name="Covered">Key points the answer covered.</param>
/// <param name="Missed">Key points it missed.</param>
/// <param name="Reference">The reference answer (Markdown) at the time of the mock.</param>
/// <param name="Duration">Time taken.</param>
public sealed record MockAnswer(
    int Position,
    string CardId,
    string Area,
    string Question,
    int? FollowUpOf,
    string Answer,
    double? Score,
    IReadOnlyList<string> Covered,
    IReadOnlyList<string> Missed,
    string? Reference,
    TimeSpan Duration);
