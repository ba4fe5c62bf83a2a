using Viva.Core.Scheduling.States;

namespace Viva.Core.Scheduling;

/// <summary>Plays a list of ratings on one new card, each answered the moment the card falls due.</summary>
public static class ReviewSimulation
{
    /// <summary>The outcome of every review, with the time it was taken.</summary>
    public static IReadOnlyList<(DateTimeOffset Time, ScheduledOutcome Outcome)> Run(FsrsScheduler scheduler, IEnumerable<Rating> ratings, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(ratings);
        var card = CardSchedule.New;
        var now = start;
        var reviews = new List<(DateTimeOffset, ScheduledOutcome)>();
        foreach (var rating in ratings)
        {
            var outcome = scheduler.Review(card, rating, now, 0);
            reviews.Add((now, outcome));
            card = outcome.Card;
            now = card.Due!.Value;
        }

        return reviews;
    }
}
