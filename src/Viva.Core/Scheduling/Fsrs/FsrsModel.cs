namespace Viva.Core.Scheduling.Fsrs;

/// <summary>
/// The FSRS-6 memory model as pure functions: the forgetting curve, intervals from desired retention, and how
/// one review changes stability and difficulty. Formulas follow the fsrs-rs reference implementation.
/// </summary>
public sealed class FsrsModel
{
    /// <summary>Smallest stability the model keeps, in days.</summary>
    public const double MinStability = 0.001;

    /// <summary>Largest stability the model keeps, in days (100 years).</summary>
    public const double MaxStability = 36500;

    private readonly double[] _w;
    private readonly double _decay;
    private readonly double _factor;

    /// <summary>Creates the model.</summary>
    /// <param name="parameters">The 21 weights.</param>
    /// <param name="shortTerm">
    /// False treats w17–w19 as zero: same-day reviews leave stability alone and a lapse is capped at the
    /// pre-lapse stability, as the long-term-only schedulers do.
    /// </param>
    public FsrsModel(FsrsParameters parameters, bool shortTerm = true)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        _w = [.. parameters.Weights];
        if (!shortTerm)
        {
            _w[17] = _w[18] = _w[19] = 0;
        }

        _decay = -_w[20];
        _factor = Math.Pow(0.9, 1 / _decay) - 1;
    }

    /// <summary>The weights in use.</summary>
    public FsrsParameters Parameters { get; }

    /// <summary>Probability of recall <paramref name="elapsedDays"/> after a review that left <paramref name="stability"/>.</summary>
    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + _factor * Math.Max(0, elapsedDays) / Math.Max(stability, MinStability), _decay);

    /// <summary>Days (unrounded) until recall probability falls to <paramref name="retention"/>.</summary>
    public double Interval(double retention, double stability) =>
        stability / _factor * (Math.Pow(retention, 1 / _decay) - 1);

    /// <summary>Difficulty after a first review with <paramref name="rating"/>, not clamped.</summary>
    public double InitialDifficulty(Rating rating) => _w[4] - Math.Exp(_w[5] * ((int)rating - 1)) + 1;

    /// <summary>The memory state a first review with <paramref name="rating"/> creates.</summary>
    public MemoryState Initial(Rating rating) =>
        new(Math.Clamp(_w[(int)rating - 1], MinStability, MaxStability), ClampDifficulty(InitialDifficulty(rating)));

    /// <summary>Difficulty after a later review: a damped step, then a slight pull toward the Easy starting value.</summary>
    public double NextDifficulty(double difficulty, Rating rating)
    {
        var d = ClampDifficulty(difficulty);
        var step = -_w[6] * ((int)rating - 3);
        var damped = d + step * (10 - d) / 9;
        return ClampDifficulty(_w[7] * InitialDifficulty(Rating.Easy) + (1 - _w[7]) * damped);
    }

    /// <summary>Stability after a successful review <paramref name="retrievability"/> into the curve; Hard and Easy scale the gain.</summary>
    public double StabilityAfterRecall(double stability, double difficulty, double retrievability, Rating rating)
    {
        var hard = rating == Rating.Hard ? _w[15] : 1;
        var easy = rating == Rating.Easy ? _w[16] : 1;
        var gain = Math.Exp(_w[8]) * (11 - difficulty) * Math.Pow(stability, -_w[9]) *
            (Math.Exp(_w[10] * (1 - retrievability)) - 1) * hard * easy;
        return stability * (1 + gain);
    }

    /// <summary>Stability after a lapse, capped so the same-day relearning boosts cannot lift it above the old value.</summary>
    public double StabilityAfterLapse(double stability, double difficulty, double retrievability)
    {
        var fresh = _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1) *
            Math.Exp(_w[14] * (1 - retrievability));
        return Math.Min(fresh, stability / Math.Exp(_w[17] * _w[18]));
    }

    /// <summary>Stability after another review on the same day; passing grades never lower it.</summary>
    public double ShortTermStability(double stability, Rating rating)
    {
        var increase = Math.Exp(_w[17] * ((int)rating - 3 + _w[18])) * Math.Pow(stability, -_w[19]);
        if (rating >= Rating.Hard)
        {
            increase = Math.Max(increase, 1);
        }

        return stability * increase;
    }

    /// <summary>
    /// One review: <paramref name="state"/> is null for a card never reviewed; <paramref name="elapsedDays"/> is
    /// whole days since the previous review (0 = same day).
    /// </summary>
    public MemoryState Step(MemoryState? state, double elapsedDays, Rating rating)
    {
        if (state is not { } previous || previous.Stability <= 0)
        {
            return Initial(rating);
        }

        var s = Math.Clamp(previous.Stability, MinStability, MaxStability);
        var d = ClampDifficulty(previous.Difficulty);
        double stability;
        if (elapsedDays <= 0)
        {
            stability = ShortTermStability(s, rating);
        }
        else
        {
            var r = Retrievability(elapsedDays, s);
            stability = rating == Rating.Again ? StabilityAfterLapse(s, d, r) : StabilityAfterRecall(s, d, r, rating);
        }

        return new MemoryState(Math.Clamp(stability, MinStability, MaxStability), NextDifficulty(d, rating));
    }

    /// <summary>Folds <see cref="Step"/> over a card's reviews; the first one's elapsed days are ignored.</summary>
    public MemoryState? Replay(IEnumerable<(Rating Rating, double ElapsedDays)> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        MemoryState? state = null;
        foreach (var (rating, elapsed) in reviews)
        {
            state = Step(state, elapsed, rating);
        }

        return state;
    }

    private static double ClampDifficulty(double difficulty) => Math.Clamp(difficulty, 1, 10);
}
