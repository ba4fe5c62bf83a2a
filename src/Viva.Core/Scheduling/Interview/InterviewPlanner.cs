using Viva.Core.Scheduling.Fsrs;

namespace Viva.Core.Scheduling.Interview;

/// <summary>
/// Orders practice for an interview date: each card is worth the recall probability on the day that studying it
/// now adds, divided by the time it takes; cards are taken best first until the day's budget is spent.
/// Pure: the model, the cards and the number of days come in as arguments.
/// </summary>
public static class InterviewPlanner
{
    /// <summary>Seconds a review is expected to take: a typed answer, reading the feedback, a rating.</summary>
    public const double ReviewSeconds = 45;

    /// <summary>Seconds a new card is expected to take: the first answer and reading the whole reference.</summary>
    public const double NewSeconds = 90;

    /// <summary>
    /// How much studying <paramref name="card"/> now raises its recall probability <paramref name="daysToInterview"/> days
    /// from now. A review is recalled with today's probability r (stability grows as after Good) or forgotten with 1 − r
    /// (stability falls as after a lapse); a new card starts as after a first Good.
    /// </summary>
    public static double Gain(PlanCard card, FsrsModel model, double daysToInterview)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(model);
        var days = Math.Max(0, daysToInterview);
        if (card.Memory is not { } memory)
        {
            return model.Retrievability(days, model.Initial(Rating.Good).Stability);
        }

        var withoutStudy = model.Retrievability(card.ElapsedDays + days, memory.Stability);
        var now = model.Retrievability(card.ElapsedDays, memory.Stability);
        var recalled = model.StabilityAfterRecall(memory.Stability, memory.Difficulty, now, Rating.Good);
        var forgotten = model.StabilityAfterLapse(memory.Stability, memory.Difficulty, now);
        var withStudy = (now * model.Retrievability(days, recalled)) + ((1 - now) * model.Retrievability(days, forgotten));
        return withStudy - withoutStudy;
    }

    /// <summary>The time a card is expected to take.</summary>
    public static double Cost(PlanCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Memory is null ? NewSeconds : ReviewSeconds;
    }

    /// <summary>
    /// The cards to study today, best gain per second first, as many as fit in <paramref name="budgetSeconds"/>.
    /// Ties go to the card id, so the order is stable.
    /// </summary>
    public static IReadOnlyList<string> Order(IEnumerable<PlanCard> cards, FsrsModel model, double daysToInterview, double budgetSeconds)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var chosen = new List<string>();
        var spent = 0.0;
        foreach (var card in cards
            .Select(c => (Card: c, Value: Gain(c, model, daysToInterview) / Cost(c)))
            .Where(c => c.Value > 0)
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Card.CardId, StringComparer.Ordinal))
        {
            if (spent + Cost(card.Card) > budgetSeconds)
            {
                continue;
            }

            chosen.Add(card.Card.CardId);
            spent += Cost(card.Card);
        }

        return chosen;
    }
}
