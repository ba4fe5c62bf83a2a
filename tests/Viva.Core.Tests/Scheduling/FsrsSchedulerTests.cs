using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.States;

namespace Viva.Core.Tests.Scheduling;

// Scheduler-layer vectors from ts-fsrs and go-fsrs (../shared/spec/FSRS_VECTORS.md V1, V6, V7, V8), fuzz off,
// each review taken exactly when the card falls due.
public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);
    private static readonly Rating[] History = [.. "GGGGGGAAGGGGG".Select(c => c == 'G' ? Rating.Good : Rating.Again)];

    private static List<ScheduledOutcome> Run(FsrsScheduler scheduler, IEnumerable<Rating> ratings)
    {
        var card = CardSchedule.New;
        var now = Start;
        var outcomes = new List<ScheduledOutcome>();
        foreach (var rating in ratings)
        {
            var outcome = scheduler.Review(card, rating, now, 0);
            outcomes.Add(outcome);
            card = outcome.Card;
            now = card.Due!.Value;
        }

        return outcomes;
    }

    [Fact]
    public void Long_term_scheduler_reproduces_the_go_fsrs_trajectory()
    {
        var scheduler = new FsrsScheduler(new SchedulerOptions { EnableFuzz = false, LongTermOnly = true });
        var outcomes = Run(scheduler, History);
        Assert.Equal([3, 14, 57, 196, 586, 1559, 10, 1, 3, 5, 9, 15, 25], outcomes.Select(o => o.Card.ScheduledDays));
        double[] s = [2.3065, 13.8269, 56.9567, 196.2353, 586.4835, 1559.3567, 9.8832, 1.3527, 2.392, 4.8562, 8.7624, 15.186, 25.1362];
        double[] d = [2.1181, 2.1112, 2.1043, 2.0975, 2.0906, 2.0837, 7.3832, 9.1251, 9.1112, 9.0973, 9.0835, 9.0696, 9.0558];
        for (var i = 0; i < s.Length; i++)
        {
            Assert.Equal(s[i], Math.Round(outcomes[i].Card.Memory!.Value.Stability, 4), 4);
            Assert.Equal(d[i], Math.Round(outcomes[i].Card.Memory!.Value.Difficulty, 4), 4);
        }

        Assert.All(outcomes, o => Assert.Equal(CardPhase.Review, o.Card.Phase));
    }

    [Fact]
    public void Steps_scheduler_reproduces_the_ts_fsrs_interval_history_with_fsrs5_weights()
    {
        var weights = FsrsParameters.From([
            0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
            1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621]);
        var scheduler = new FsrsScheduler(new SchedulerOptions { EnableFuzz = false, Parameters = weights });
        var outcomes = Run(scheduler, History);
        Assert.Equal([0, 4, 14, 44, 125, 328, 0, 0, 7, 16, 34, 71, 142], outcomes.Select(o => o.Card.ScheduledDays));
        Assert.Equal(
            [CardPhase.Learning, CardPhase.Review, CardPhase.Review, CardPhase.Review, CardPhase.Review, CardPhase.Review,
             CardPhase.Relearning, CardPhase.Relearning, CardPhase.Review, CardPhase.Review, CardPhase.Review, CardPhase.Review, CardPhase.Review],
            outcomes.Select(o => o.Card.Phase));
        Assert.Equal(1, outcomes[^1].Card.Lapses); // Again while relearning is not another lapse
    }

    [Fact]
    public void First_repeat_of_a_new_card_uses_the_learning_steps()
    {
        var scheduler = new FsrsScheduler(new SchedulerOptions { EnableFuzz = false });
        var outcomes = scheduler.NextStates(CardSchedule.New, Start, 0);
        Assert.Equal([0, 0, 0, 8], outcomes.Select(o => o.Card.ScheduledDays));
        Assert.Equal([CardPhase.Learning, CardPhase.Learning, CardPhase.Learning, CardPhase.Review], outcomes.Select(o => o.Card.Phase));
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5.5), TimeSpan.FromMinutes(10), TimeSpan.FromDays(8)], outcomes.Select(o => o.Interval));
    }

    [Fact]
    public void Retrievability_at_each_due_time_matches_go_fsrs()
    {
        var scheduler = new FsrsScheduler(new SchedulerOptions { EnableFuzz = false });
        var card = CardSchedule.New;
        var now = Start;
        var seen = new List<double> { scheduler.Retrievability(card, now) };
        for (var i = 0; i < 3; i++)
        {
            card = scheduler.Review(card, Rating.Good, now, 0).Card;
            now = card.Due!.Value;
            seen.Add(Math.Round(scheduler.Retrievability(card, now), 4));
        }

        Assert.Equal([0, 1, 0.9095, 0.8998], seen);
    }

    [Fact]
    public void Relearning_hard_waits_one_and_a_half_steps_and_a_lapse_counts_once()
    {
        var scheduler = new FsrsScheduler(new SchedulerOptions { EnableFuzz = false });
        var card = Run(scheduler, [Rating.Good, Rating.Good]).Last().Card;
        var lapse = scheduler.Review(card, Rating.Again, card.Due!.Value, 0);
        Assert.Equal((CardPhase.Relearning, 1, TimeSpan.FromMinutes(10)), (lapse.Card.Phase, lapse.Card.Lapses, lapse.Interval));
        var hard = scheduler.Review(lapse.Card, Rating.Hard, lapse.Card.Due!.Value, 0);
        Assert.Equal((CardPhase.Relearning, 1, TimeSpan.FromMinutes(15)), (hard.Card.Phase, hard.Card.Lapses, hard.Interval));
    }
}
