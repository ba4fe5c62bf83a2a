using System.Collections.Immutable;

namespace Viva.Core.Scheduling.Fsrs;

/// <summary>The 21 weights of FSRS-6, validated and clipped to the ranges the optimizer allows.</summary>
public sealed class FsrsParameters
{
    /// <summary>The FSRS-6 defaults: medians of the weights fitted on 10,000 Anki collections.</summary>
    public static FsrsParameters Default { get; } = new(ImmutableArray.Create(
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542));

    private static readonly (double Lower, double Upper)[] BoundsTable =
    [
        (0.001, 100), (0.001, 100), (0.001, 100), (0.001, 100), (1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75),
        (0, 4.5), (0, 0.8), (0.001, 3.5), (0.001, 5), (0.001, 0.25), (0.001, 0.9), (0, 4), (0, 1), (1, 6),
        (0, 2), (0, 2), (0, 0.8), (0.1, 0.8),
    ];

    private FsrsParameters(ImmutableArray<double> weights) => Weights = weights;

    /// <summary>Number of weights in FSRS-6.</summary>
    public const int Count = 21;

    /// <summary>The range each weight is clipped to (fsrs-rs <c>parameter_clipper.rs</c>; w17–w19 get tighter bounds while fitting).</summary>
    public static IReadOnlyList<(double Lower, double Upper)> Bounds => BoundsTable;

    /// <summary>The weights w0…w20.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>w[i].</summary>
    public double this[int index] => Weights[index];

    /// <summary>
    /// Accepts an FSRS-6 (21), FSRS-5 (19) or FSRS-4.5 (17) vector, or none for the defaults; older vectors are
    /// migrated the way the reference libraries do, then every weight is clipped to its allowed range.
    /// </summary>
    /// <exception cref="ArgumentException">Another length, or a weight that is not a finite number.</exception>
    public static FsrsParameters From(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Any(w => !double.IsFinite(w)))
        {
            throw new ArgumentException("FSRS parameters must be finite numbers", nameof(weights));
        }

        var w = weights.ToList();
        switch (w.Count)
        {
            case 0:
                return Default;
            case 17:
                w[4] += 2 * w[5];
                w[5] = Math.Log(1 + 3 * w[5]) / 3;
                w[6] += 0.5;
                w.AddRange([0, 0, 0, 0.5]);
                break;
            case 19:
                w.AddRange([0, 0.5]);
                break;
            case 21:
                break;
            default:
                throw new ArgumentException($"FSRS takes 21 parameters (or 19 / 17 from older versions), not {w.Count}", nameof(weights));
        }

        return new FsrsParameters(ImmutableArray.CreateRange(w.Select((value, i) => Math.Clamp(value, BoundsTable[i].Lower, BoundsTable[i].Upper))));
    }
}
