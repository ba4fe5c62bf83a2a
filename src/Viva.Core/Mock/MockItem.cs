namespace Viva.Core.Mock;

/// <summary>One question of a mock interview.</summary>
/// <param name="Position">1-based position in the interview.</param>
/// <param name="Question">The question.</param>
/// <param name="FollowUpOf">For a follow-up, the position of the question it follows; otherwise null.</param>
public sealed record MockItem(int Position, MockCandidate Question, int? FollowUpOf)
{
    /// <summary>True for a follow-up question.</summary>
    public bool IsFollowUp => FollowUpOf is not null;
}
