namespace Viva.Core.Scheduling;

/// <summary>Today's cards in the order to show them: learning steps, then due reviews (least likely remembered first), then new cards.</summary>
/// <param name="Learning">Cards on same-day steps, by due time.</param>
/// <param name="Reviews">Review cards due today, lowest recall probability first.</param>
/// <param name="New">New cards allowed today, most asked first.</param>
public sealed record TodaysCards(IReadOnlyList<DueCard> Learning, IReadOnlyList<DueCard> Reviews, IReadOnlyList<string> New)
{
    /// <summary>How many cards are waiting.</summary>
    public int Count => Learning.Count + Reviews.Count + New.Count;

    /// <summary>Reviews and new cards in the order to show them after the learning steps: reviews first by default, interleaved for an interview plan.</summary>
    public IReadOnlyList<string> Order { get; init; } = [.. Reviews.Select(r => r.CardId).Concat(New)];
}
