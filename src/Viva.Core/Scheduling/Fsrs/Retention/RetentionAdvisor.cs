using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Core.Scheduling.Fsrs.Retention;

/// <summary>
/// Suggests a desired retention as Anki's "compute minimum recommended retention" does: simulate a year of study with
/// the user's weights at each retention from 70% to 95%, and pick the one that spends the least time per card still
/// remembered at the end. Higher retention means more reviews; lower means more forgetting and relearning.
/// </summary>
public static class RetentionAdvisor
{
    /// <summary>The advice for <paramref name="parameters"/>.</summary>
    public static RetentionAdvice Advise(FsrsParameters parameters, RetentionSimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        options ??= new RetentionSimulationOptions();
        var model = new FsrsModel(parameters);
        var steps = (int)Math.Round((options.MaxRetention - options.MinRetention) / options.Step);
        var points = Enumerable.Range(0, steps + 1)
            .Select(i => Math.Round(options.MinRetention + i * options.Step, 4))
            .Select(r => Simulate(model, r, options))
            .ToList();
        return new RetentionAdvice(points.MinBy(p => p.SecondsPerCard)!.Retention, points);
    }

    /// <summary>The simulation options with the user's own rating habits taken from their log, where it has any.</summary>
    public static RetentionSimulationOptions WithHabitsOf(TrainingSet set, RetentionSimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        options ??= new RetentionSimulationOptions();
        var first = new double[4];
        var recalled = new double[3];
        foreach (var card in set.Cards)
        {
            first[card.Ratings[0] - 1]++;
            for (var i = 1; i < card.Count; i++)
            {
                if (card.ElapsedDays[i] > 0 && card.Ratings[i] > (byte)Rating.Again)
                {
                    recalled[card.Ratings[i] - 2]++;
                }
            }
        }

        return options with
        {
            FirstRatings = first.Sum() > 0 ? [.. first.Select(c => c / first.Sum())] : options.FirstRatings,
            RecallRatings = recalled.Sum() > 0 ? [.. recalled.Select(c => c / recalled.Sum())] : options.RecallRatings,
        };
    }

    // Cards are independent (no daily cap), so each is played to the end in turn; every retention sees the same
    // random numbers, which keeps the comparison between retentions free of most of the sampling noise.
    private static RetentionPoint Simulate(FsrsModel model, double retention, RetentionSimulationOptions options)
    {
        var random = new Random(options.Seed);
        double seconds = 0, remembered = 0;
        for (var card = 0; card < options.Cards; card++)
        {
            var day = card / Math.Max(1, options.NewPerDay);
            if (day >= options.Days)
            {
                break;
            }

            var rating = (Rating)(1 + Pick(random, options.FirstRatings));
            var state = model.Step(null, 0, rating);
            if (rating == Rating.Again)
            {
                state = model.Step(state, 0, Rating.Good);
            }

            seconds += options.LearnSeconds;
            while (true)
            {
                var interval = (int)Math.Clamp(Math.Round(model.Interval(retention, state.Stability)), 1, FsrsModel.MaxStability);
                if (day + interval >= options.Days)
                {
                    remembered += model.Retrievability(options.Days - day, state.Stability);
                    break;
                }

                day += interval;
                if (random.NextDouble() < model.Retrievability(interval, state.Stability))
                {
                    state = model.Step(state, interval, (Rating)(2 + Pick(random, options.RecallRatings)));
                    seconds += options.RecallSeconds;
                }
                else
                {
                    // A lapse is relearnt the same day, as the scheduler's relearning step does.
                    state = model.Step(model.Step(state, interval, Rating.Again), 0, Rating.Good);
                    seconds += options.LapseSeconds * options.LossAversion;
                }
            }
        }

        return new RetentionPoint(retention, seconds / 60, remembered);
    }

    private static int Pick(Random random, IReadOnlyList<double> shares)
    {
        var u = random.NextDouble() * shares.Sum();
        for (var i = 0; i < shares.Count - 1; i++)
        {
            u -= shares[i];
            if (u < 0)
            {
                return i;
            }
        }

        return shares.Count - 1;
    }
}
