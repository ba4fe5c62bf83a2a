using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.States;

namespace Viva.Core.Tests.Scheduling;

// Invariants over many random memory states and histories (seeded, so a failure reproduces).
public sealed class SchedulerPropertyTests
{
    private static readonly FsrsModel Model = new(FsrsParameters.Default);

    private static IEnumerable<MemoryState> RandomStates(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return new MemoryState(Math.Exp(random.NextDouble() * 12 - 5), 1 + random.NextDouble() * 9);
        }
    }

    [Fact]
    public void Retrievability_falls_with_time()
    {
        foreach (var state in RandomStates(1, 500))
        {
            var previous = 1.0;
            foreach (var t in new[] { 0.5, 1, 2, 5, 30, 365, 5000 })
            {
                var r = Model.Retrievability(t, state.Stability);
                Assert.True(r < previous && r > 0, $"R({t}, {state.Stability}) = {r}");
                previous = r;
            }
        }
    }

    [Fact]
    public void Stability_never_grows_after_a_lapse_and_difficulty_stays_in_range()
    {
        var random = new Random(2);
        foreach (var state in RandomStates(3, 2000))
        {
            var t = random.Next(0, 400);
            var lapse = Model.Step(state, t, Rating.Again);
            Assert.True(lapse.Stability <= state.Stability + 1e-9, $"{state} after {t} days → {lapse}");
            foreach (var rating in Enum.GetValues<Rating>())
            {
                var next = Model.Step(state, t, rating);
                Assert.InRange(next.Difficulty, 1, 10);
                Assert.InRange(next.Stability, FsrsModel.MinStability, FsrsModel.MaxStability);
            }
        }
    }

    [Fact]
    public void Intervals_never_decrease_with_a_better_rating()
    {
        var random = new Random(4);
        var scheduler = new FsrsScheduler(new SchedulerOptions());
        var now = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        foreach (var state in RandomStates(5, 1000))
        {
            var phase = (CardPhase)random.Next(0, 4);
            var card = new CardSchedule(phase, phase == CardPhase.New ? null : state, random.Next(0, 2), now,
                phase == CardPhase.New ? null : now.AddDays(-random.Next(0, 200)), random.Next(0, 20), 0, 1);
            var intervals = scheduler.NextStates(card, now, random.NextDouble()).Select(o => o.Interval).ToList();
            for (var i = 1; i < 4; i++)
            {
                Assert.True(intervals[i] >= intervals[i - 1], $"{card}: {string.Join(", ", intervals)}");
            }
        }
    }
}
