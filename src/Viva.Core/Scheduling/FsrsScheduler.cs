using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.States;

namespace Viva.Core.Scheduling;

/// <summary>
/// The scheduler layer over <see cref="FsrsModel"/>: learning and relearning steps, whole-day intervals in
/// grade order, and fuzz. Pure: the caller passes the time and the fuzz factor, and gets all four outcomes.
/// </summary>
public sealed class FsrsScheduler
{
    private static readonly Rating[] Ratings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

    /// <summary>Creates a scheduler.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public FsrsScheduler(SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Model = new FsrsModel(options.Parameters, shortTerm: !options.LongTermOnly);
    }

    /// <summary>The settings in use.</summary>
    public SchedulerOptions Options { get; }

    /// <summary>The memory model in use.</summary>
    public FsrsModel Model { get; }

    /// <summary>Whole study days since the card's last review (0 for a new card).</summary>
    public int ElapsedDays(CardSchedule card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.LastReview is { } last ? StudyDays.Between(last, now, Options.TimeZone, Options.DayStartHour) : 0;
    }

    /// <summary>The probability the user recalls the card at <paramref name="now"/>, on whole study days as FSRS defines it (0 for a new card).</summary>
    public double Retrievability(CardSchedule card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Memory is { } memory ? Model.Retrievability(ElapsedDays(card, now), memory.Stability) : 0;
    }

    /// <summary>The card after a review with each rating, Again first.</summary>
    /// <param name="card">The card before the review.</param>
    /// <param name="now">When the review happens.</param>
    /// <param name="fuzzFactor">A number in [0, 1) that picks the day within the fuzz range; ignored when fuzz is off.</param>
    public IReadOnlyList<ScheduledOutcome> NextStates(CardSchedule card, DateTimeOffset now, double fuzzFactor)
    {
        ArgumentNullException.ThrowIfNull(card);
        var elapsed = ElapsedDays(card, now);
        var memory = Ratings.Select(r => Model.Step(card.Memory, elapsed, r)).ToArray();
        double? fuzz = Options.EnableFuzz ? Math.Clamp(fuzzFactor, 0, 0.999999) : null;
        var steps = Options.LongTermOnly ? [] : card.Phase is CardPhase.Review or CardPhase.Relearning ? Options.RelearningSteps : Options.LearningSteps;

        var plan = new (TimeSpan? Delay, int NextStep)[4];
        for (var i = 0; i < 4; i++)
        {
            plan[i] = card.Phase == CardPhase.Review
                ? (Ratings[i] == Rating.Again && steps.Count > 0 ? (steps[0], 0) : (null, 0))
                : LearningStep(steps, card.Step, Ratings[i]);
        }

        // Graduating ratings get whole days, each at least one day more than the rating below it when that one graduates too.
        var days = new int[4];
        var floor = 1;
        for (var i = 0; i < 4; i++)
        {
            if (plan[i].Delay is null)
            {
                days[i] = IntervalFuzz.Constrain(Model.Interval(Options.DesiredRetention, memory[i].Stability), floor, Options.MaximumInterval, fuzz);
                floor = days[i] + 1;
            }
        }

        var outcomes = new ScheduledOutcome[4];
        for (var i = 0; i < 4; i++)
        {
            var lapses = card.Lapses + (card.Phase == CardPhase.Review && Ratings[i] == Rating.Again ? 1 : 0);
            var next = plan[i].Delay is { } delay
                ? new CardSchedule(OnStepPhase(card.Phase), memory[i], plan[i].NextStep, now + delay, now, card.Reps + 1, lapses, 0)
                : new CardSchedule(CardPhase.Review, memory[i], 0, now.AddDays(days[i]), now, card.Reps + 1, lapses, days[i]);
            outcomes[i] = new ScheduledOutcome(Ratings[i], next, elapsed, next.Due!.Value - now);
        }

        return outcomes;
    }

    /// <summary>The card after a review with <paramref name="rating"/>.</summary>
    public ScheduledOutcome Review(CardSchedule card, Rating rating, DateTimeOffset now, double fuzzFactor) =>
        NextStates(card, now, fuzzFactor)[(int)rating - 1];

    private static CardPhase OnStepPhase(CardPhase phase) =>
        phase is CardPhase.Review or CardPhase.Relearning ? CardPhase.Relearning : CardPhase.Learning;

    // The py-fsrs / ts-fsrs step rules: Again restarts, Hard repeats the step (1.5× a lone step, else the mean
    // of the first two), Good advances or graduates, Easy graduates. A null delay means "graduate".
    private static (TimeSpan? Delay, int NextStep) LearningStep(IReadOnlyList<TimeSpan> steps, int step, Rating rating)
    {
        if (steps.Count == 0 || step >= steps.Count)
        {
            return (null, 0);
        }

        return rating switch
        {
            Rating.Again => (steps[0], 0),
            Rating.Hard => (steps.Count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2, step),
            Rating.Good when step + 1 < steps.Count => (steps[step + 1], step + 1),
            _ => (null, 0),
        };
    }
}
