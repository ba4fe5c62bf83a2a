namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>Keeps weights inside the ranges the reference optimizer clips to after every step (fsrs-rs <c>parameter_clipper.rs</c>).</summary>
public static class ParameterClipper
{
    /// <summary>Clips <paramref name="w"/> in place.</summary>
    /// <param name="w">The 21 weights.</param>
    /// <param name="shortTerm">Whether same-day reviews update stability (then w19 stays at least 0.01).</param>
    /// <param name="relearningSteps">How many same-day relearning steps follow a lapse.</param>
    public static void Clip(Span<double> w, bool shortTerm, int relearningSteps)
    {
        var bounds = FsrsParameters.Bounds;
        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            w[i] = Math.Clamp(w[i], bounds[i].Lower, bounds[i].Upper);
        }

        // With several relearning steps, the same-day boosts after a lapse must not lift stability back above
        // what it was before the lapse; this bounds w17 and w18 so that n boosts stay under the lapse's drop.
        var cap = 2.0;
        if (relearningSteps > 1)
        {
            var drop = -(Math.Log(w[11]) + Math.Log(Math.Pow(2, w[13]) - 1) + 0.3 * w[14]) / relearningSteps;
            cap = Math.Min(2.0, Math.Sqrt(Math.Max(0.01, drop)));
        }

        w[17] = Math.Clamp(w[17], 0, cap);
        w[18] = Math.Clamp(w[18], 0, cap);
        w[19] = Math.Clamp(w[19], shortTerm ? 0.01 : 0, 0.8);
    }
}
