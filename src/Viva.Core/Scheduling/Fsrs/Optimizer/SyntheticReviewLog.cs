namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>
/// A review log of an imaginary learner whose memory follows FSRS with known weights: for checking that the optimizer
/// recovers them, and for timing it on logs of any size. Reviews come at a spread of delays around the 90% interval,
/// so the forgetting curve is observed at many points; lapses and low first ratings get a same-day review.
/// </summary>
public static class SyntheticReviewLog
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The log of <paramref name="cards"/> cards introduced over <paramref name="days"/> days and reviewed until then.</summary>
    /// <param name="truth">The learner's memory.</param>
    /// <param name="cards">Cards to introduce.</param>
    /// <param name="days">Length of the log, in days.</param>
    /// <param name="seed">Seeds every random choice: the same arguments give the same log.</param>
    public static IReadOnlyList<LoggedReview> Generate(FsrsParameters truth, int cards, int days, int seed)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var model = new FsrsModel(truth);
        var random = new Random(seed);
        var log = new List<LoggedReview>();
        for (var c = 0; c < cards; c++)
        {
            var id = $"c{c}";
            var day = random.Next(days);
            var time = Start.AddDays(day).AddHours(8 + 12 * random.NextDouble());
            var rating = Pick(random, 0.2, 0.1, 0.6);
            var state = model.Step(null, 0, rating);
            log.Add(new LoggedReview(id, time, rating));
            while (true)
            {
                if (rating <= Rating.Hard)
                {
                    time = time.AddMinutes(10);
                    state = model.Step(state, 0, Rating.Good);
                    log.Add(new LoggedReview(id, time, Rating.Good));
                }

                var planned = model.Interval(0.9, state.Stability) * (0.5 + 1.5 * random.NextDouble());
                var elapsed = Math.Max(1, (int)Math.Round(planned));
                day += elapsed;
                if (day >= days)
                {
                    break;
                }

                time = Start.AddDays(day).AddHours(8 + 12 * random.NextDouble());
                var recalled = random.NextDouble() < model.Retrievability(elapsed, state.Stability);
                rating = recalled ? Pick(random, 0, 0.1, 0.8) : Rating.Again;
                state = model.Step(state, elapsed, rating);
                log.Add(new LoggedReview(id, time, rating));
            }
        }

        return log;
    }

    // Again, Hard and Good with the given probabilities, Easy with the rest.
    private static Rating Pick(Random random, double again, double hard, double good)
    {
        var u = random.NextDouble();
        return u < again ? Rating.Again : u < again + hard ? Rating.Hard : u < again + hard + good ? Rating.Good : Rating.Easy;
    }
}
