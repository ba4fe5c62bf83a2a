namespace Viva.Core.Grading;

/// <summary>A logistic model over <see cref="GradingFeatures"/>: the probability that an answer is right.</summary>
/// <param name="Bias">The intercept.</param>
/// <param name="Weights">One weight per feature, in the order of <see cref="GradingFeatures.Names"/>.</param>
public sealed record LinearScorer(double Bias, IReadOnlyList<double> Weights)
{
    /// <summary>The logit of <paramref name="features"/>.</summary>
    public double Logit(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = Bias;
        for (var i = 0; i < Weights.Count && i < features.Count; i++)
        {
            z += Weights[i] * features[i];
        }

        return z;
    }

    /// <summary>The probability, 0 to 1, that the answer described by <paramref name="features"/> is right.</summary>
    public double Probability(IReadOnlyList<double> features) => 1.0 / (1.0 + Math.Exp(-Logit(features)));
}
