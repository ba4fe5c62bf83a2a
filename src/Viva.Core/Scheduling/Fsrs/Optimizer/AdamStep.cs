namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>The Adam update with bias correction (β1 0.9, β2 0.999, ε 1e-8, as in PyTorch and burn).</summary>
public sealed class AdamStep
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;
    private readonly double[] _mean;
    private readonly double[] _variance;
    private int _steps;

    /// <summary>Creates the state for <paramref name="size"/> parameters.</summary>
    public AdamStep(int size)
    {
        _mean = new double[size];
        _variance = new double[size];
    }

    /// <summary>Moves <paramref name="w"/> against <paramref name="gradient"/> by about <paramref name="learningRate"/> per parameter.</summary>
    public void Apply(Span<double> w, ReadOnlySpan<double> gradient, double learningRate)
    {
        _steps++;
        var correction1 = 1 - Math.Pow(Beta1, _steps);
        var correction2 = 1 - Math.Pow(Beta2, _steps);
        for (var i = 0; i < w.Length; i++)
        {
            _mean[i] = Beta1 * _mean[i] + (1 - Beta1) * gradient[i];
            _variance[i] = Beta2 * _variance[i] + (1 - Beta2) * gradient[i] * gradient[i];
            w[i] -= learningRate * (_mean[i] / correction1) / (Math.Sqrt(_variance[i] / correction2) + Epsilon);
        }
    }
}
