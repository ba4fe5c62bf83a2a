namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>A review log turned into what the optimizer scores.</summary>
/// <param name="Cards">Every card's history.</param>
/// <param name="Items">One item per review made a day or more after the card's previous review, oldest target first.</param>
/// <param name="Reviews">Reviews in the log.</param>
public sealed record TrainingSet(IReadOnlyList<CardReviews> Cards, IReadOnlyList<TrainingItem> Items, int Reviews)
{
    /// <summary>Builds the set from a log, counting days on the user's calendar.</summary>
    /// <param name="log">The reviews, in any order.</param>
    /// <param name="zone">The user's time zone.</param>
    /// <param name="dayStartHour">The hour a study day starts.</param>
    public static TrainingSet From(IEnumerable<LoggedReview> log, TimeZoneInfo zone, int dayStartHour)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(zone);
        var cards = new List<CardReviews>();
        var items = new List<TrainingItem>();
        var reviews = 0;
        foreach (var group in log.GroupBy(r => r.CardId, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(r => r.ReviewedAt).ToList();
            reviews += ordered.Count;
            var days = ordered.Select(r => StudyDays.DayNumber(r.ReviewedAt, zone, dayStartHour)).ToList();
            var elapsed = days.Select((day, i) => i == 0 ? 0 : (int)Math.Max(0, day - days[i - 1])).ToList();
            var card = new CardReviews([.. ordered.Select(r => r.Rating)], elapsed);
            cards.Add(card);
            for (var i = 1; i < ordered.Count; i++)
            {
                if (elapsed[i] > 0)
                {
                    items.Add(new TrainingItem(card, i + 1, ordered[i].ReviewedAt));
                }
            }
        }

        // A stable sort keeps equal times in card order, so the same log always gives the same split.
        return new TrainingSet(cards, [.. items.OrderBy(i => i.TargetTime)], reviews);
    }
}
