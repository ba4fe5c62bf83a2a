using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Viva.Core.Grading;

/// <summary>
/// The fitted part of the hybrid grader: when meaning alone counts a unit as covered, and two logistic
/// scorers over the lexical and semantic features (<see cref="SemanticFeatures.HybridNames"/>), one for
/// questions with key points and one for a bare reference answer. The shipped model
/// (<c>Grading/Data/hybrid-model.json</c>) is written by <c>tools/Viva.Grading.Training</c>.
/// </summary>
public sealed class HybridModel
{
    private const string ResourceName = "Viva.Core.Grading.Data.hybrid-model.json";
    private static readonly Lazy<HybridModel> ShippedModel = new(LoadShipped);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Creates a model.</summary>
    /// <param name="decision">When a unit counts as covered by meaning.</param>
    /// <param name="keyPoints">The scorer for questions with key points.</param>
    /// <param name="reference">The scorer for questions graded against their reference answer alone.</param>
    /// <param name="units">The fitted verdict per key point; null to decide by <paramref name="decision"/> alone.</param>
    /// <exception cref="ArgumentException">A scorer does not have one weight per feature.</exception>
    public HybridModel(MeaningDecision decision, LinearScorer keyPoints, LinearScorer reference, UnitClassifier? units = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(keyPoints);
        ArgumentNullException.ThrowIfNull(reference);
        var count = SemanticFeatures.HybridNames.Count;
        if (keyPoints.Weights.Count != count || reference.Weights.Count != count)
        {
            throw new ArgumentException($"a hybrid scorer needs {count} weights, one per feature");
        }

        Decision = decision;
        KeyPoints = keyPoints;
        Reference = reference;
        if (units is not null && units.Scorer.Weights.Count != UnitClassifier.Names.Count)
        {
            throw new ArgumentException($"the key-point model needs {UnitClassifier.Names.Count} weights, one per feature");
        }

        Units = units;
    }

    /// <summary>The model shipped inside this assembly.</summary>
    public static HybridModel Shipped => ShippedModel.Value;

    /// <summary>When a unit counts as covered by meaning.</summary>
    public MeaningDecision Decision { get; }

    /// <summary>The fitted verdict per unit; null when <see cref="Decision"/> decides alone.</summary>
    public UnitClassifier? Units { get; }

    /// <summary>The scorer for questions with key points.</summary>
    public LinearScorer KeyPoints { get; }

    /// <summary>The scorer for questions graded against their reference answer alone.</summary>
    public LinearScorer Reference { get; }

    /// <summary>The unrounded score, 0 to 5, of features in the order of <see cref="SemanticFeatures.HybridNames"/>.</summary>
    public double Score(IReadOnlyList<double> features, bool fromKeyPoints) =>
        5.0 * (fromKeyPoints ? KeyPoints : Reference).Probability(features);

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not such a model.</exception>
    public static HybridModel FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var root = JsonNode.Parse(json)!.AsObject();
            var names = root["features"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
            if (!names.SequenceEqual(SemanticFeatures.HybridNames))
            {
                throw new FormatException($"the model's features ({string.Join(", ", names)}) are not the grader's ({string.Join(", ", SemanticFeatures.HybridNames)})");
            }

            var decision = root["decision"]!;
            return new HybridModel(
                new MeaningDecision(
                    decision["alone"]!.GetValue<double>(),
                    decision["withWords"]!.GetValue<double>(),
                    decision["wordCoverage"]!.GetValue<double>(),
                    decision["contrast"]?.GetValue<double>() ?? 1.0),
                LinearScorer.FromJson(root["keyPoints"]!),
                LinearScorer.FromJson(root["reference"]!),
                root["units"] is { } units ? UnitClassifier.FromJson(units) : null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            throw new FormatException($"not a hybrid grading model: {exception.Message}", exception);
        }
    }

    /// <summary>The model as indented JSON, with <paramref name="notes"/> (how it was fitted) kept alongside.</summary>
    public string ToJson(IReadOnlyDictionary<string, string>? notes = null)
    {
        var root = new JsonObject
        {
            ["features"] = new JsonArray([.. SemanticFeatures.HybridNames.Select(n => JsonValue.Create(n))]),
            ["decision"] = new JsonObject
            {
                ["alone"] = Math.Round(Decision.Alone, 4),
                ["withWords"] = Math.Round(Decision.WithWords, 4),
                ["wordCoverage"] = Math.Round(Decision.WordCoverage, 4),
                ["contrast"] = Math.Round(Decision.Contrast, 4),
            },
            ["keyPoints"] = KeyPoints.ToJson(),
            ["reference"] = Reference.ToJson(),
        };
        if (Units is not null)
        {
            root["units"] = Units.ToJson();
        }

        if (notes is not null)
        {
            root["notes"] = new JsonObject(notes.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));
        }

        return root.ToJsonString(Indented) + "\n";
    }

    private static HybridModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from Viva.Core");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
