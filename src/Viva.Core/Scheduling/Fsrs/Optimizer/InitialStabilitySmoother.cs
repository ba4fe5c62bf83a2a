namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>
/// Makes the four initial stabilities consistent: Again ≤ Hard ≤ Good ≤ Easy, and every rating has a value even when
/// the user never gave it as a first rating.
/// </summary>
public static class InitialStabilitySmoother
{
    // How the reference fills gaps, on a log scale: ln S(Hard) lies 41% of the way from ln S(Again) to ln S(Good)
    // (weights 0.41 / 0.59), and ln S(Good) at 46% / 54% between ln S(Hard) and ln S(Easy).
    private static readonly (int Middle, int Low, double LowWeight, int High, double HighWeight)[] Relations =
    [
        (1, 0, 0.41, 2, 0.59),
        (2, 1, 0.46, 3, 0.54),
    ];

    /// <summary>The four stabilities, ordered and complete, each in [0.001, 100].</summary>
    /// <param name="fitted">The fitted value per rating, null where the user never gave that rating first.</param>
    /// <param name="counts">How many reviews each fitted value rests on; the better-supported value wins a conflict.</param>
    /// <exception cref="InvalidOperationException">No rating has a value.</exception>
    public static double[] SmoothAndFill(IReadOnlyList<double?> fitted, IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(fitted);
        ArgumentNullException.ThrowIfNull(counts);
        var s = fitted.ToArray();
        foreach (var (a, b) in new[] { (0, 1), (1, 2), (2, 3), (0, 2), (1, 3), (0, 3) })
        {
            if (s[a] is { } low && s[b] is { } high && low > high)
            {
                if (counts[a] > counts[b])
                {
                    s[b] = low;
                }
                else
                {
                    s[a] = high;
                }
            }
        }

        var known = Enumerable.Range(0, 4).Where(i => s[i] is not null).ToList();
        var result = known.Count switch
        {
            0 => throw new InvalidOperationException("no card has a review on a later day than its first, so there is nothing to fit"),
            1 => ScaleDefaults(known[0], s[known[0]]!.Value),
            4 => [.. s.Select(v => v!.Value)],
            _ => Fill(s),
        };
        return [.. result.Select(v => Math.Clamp(v, FsrsModel.MinStability, InitialStabilityFitter.MaxInitialStability))];
    }

    private static double[] ScaleDefaults(int rating, double value)
    {
        var ratio = value / FsrsParameters.Default[rating];
        return [.. Enumerable.Range(0, 4).Select(i => FsrsParameters.Default[i] * ratio)];
    }

    // Solves the two log-scale relations for the missing values: one unknown uses the relation that has it in the
    // middle when it can (interpolation rather than extrapolation), two unknowns solve both relations together.
    private static double[] Fill(double?[] s)
    {
        var log = s.Select(v => v is { } x ? Math.Log(x) : (double?)null).ToArray();
        var unknown = Enumerable.Range(0, 4).Where(i => log[i] is null).ToList();
        if (unknown.Count == 1)
        {
            var u = unknown[0];
            var relation = Relations.FirstOrDefault(r => r.Middle == u, Relations[u == 0 ? 0 : 1]);
            log[u] = Solve(relation, u, log);
        }
        else
        {
            // Each relation reads Σ coefficient · ln S = 0; move the known terms right and apply Cramer's rule.
            var a = new double[2, 2];
            var rhs = new double[2];
            for (var k = 0; k < 2; k++)
            {
                var (middle, low, lowWeight, high, highWeight) = Relations[k];
                foreach (var (index, coefficient) in new[] { (middle, 1.0), (low, -lowWeight), (high, -highWeight) })
                {
                    var column = unknown.IndexOf(index);
                    if (column >= 0)
                    {
                        a[k, column] += coefficient;
                    }
                    else
                    {
                        rhs[k] -= coefficient * log[index]!.Value;
                    }
                }
            }

            var determinant = a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0];
            log[unknown[0]] = (rhs[0] * a[1, 1] - a[0, 1] * rhs[1]) / determinant;
            log[unknown[1]] = (a[0, 0] * rhs[1] - rhs[0] * a[1, 0]) / determinant;
        }

        return [.. log.Select(v => Math.Exp(v!.Value))];
    }

    private static double Solve((int Middle, int Low, double LowWeight, int High, double HighWeight) relation, int unknown, double?[] log)
    {
        var (middle, low, lowWeight, high, highWeight) = relation;
        if (unknown == middle)
        {
            return lowWeight * log[low]!.Value + highWeight * log[high]!.Value;
        }

        return unknown == low
            ? (log[middle]!.Value - highWeight * log[high]!.Value) / lowWeight
            : (log[middle]!.Value - lowWeight * log[low]!.Value) / highWeight;
    }
}
