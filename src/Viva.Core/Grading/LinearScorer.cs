using System.Text.Json.Nodes;

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

    /// <summary>Reads <c>{"bias": b, "weights": [...]}</c>.</summary>
    public static LinearScorer FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new(node["bias"]!.GetValue<double>(), [.. node["weights"]!.AsArray().Select(w => w!.GetValue<double>())]);
    }

    /// <summary>The scorer as <c>{"bias": b, "weights": [...]}</c>, rounded to six decimals.</summary>
    public JsonObject ToJson() => new()
    {
        ["bias"] = Math.Round(Bias, 6),
        ["weights"] = new JsonArray([.. Weights.Select(w => JsonValue.Create(Math.Round(w, 6)))]),
    };
}
