using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Viva.Core.Grading;

/// <summary>
/// The fitted part of the lexical grader: the coverage a unit needs to count as covered, and two logistic
/// scorers, one for questions with key points and one for a bare reference answer. The shipped model
/// (<c>Grading/Data/grading-model.json</c>) is written by <c>tools/Viva.Grading.Training</c>.
/// </summary>
public sealed class GradingModel
{
    private const string ResourceName = "Viva.Core.Grading.Data.grading-model.json";
    private static readonly Lazy<GradingModel> ShippedModel = new(LoadShipped);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Creates a model.</summary>
    /// <param name="coverageThreshold">The coverage (0–1) from which a unit counts as covered.</param>
    /// <param name="keyPoints">The scorer for questions with key points.</param>
    /// <param name="reference">The scorer for questions graded against their reference answer alone.</param>
    /// <exception cref="ArgumentException">A scorer does not have one weight per feature.</exception>
    public GradingModel(double coverageThreshold, LinearScorer keyPoints, LinearScorer reference)
    {
        ArgumentNullException.ThrowIfNull(keyPoints);
        ArgumentNullException.ThrowIfNull(reference);
        if (keyPoints.Weights.Count != GradingFeatures.Names.Count || reference.Weights.Count != GradingFeatures.Names.Count)
        {
            throw new ArgumentException($"a scorer needs {GradingFeatures.Names.Count} weights, one per feature");
        }

        CoverageThreshold = coverageThreshold;
        KeyPoints = keyPoints;
        Reference = reference;
    }

    /// <summary>The model shipped inside this assembly.</summary>
    public static GradingModel Shipped => ShippedModel.Value;

    /// <summary>The coverage (0–1) from which a unit counts as covered.</summary>
    public double CoverageThreshold { get; }

    /// <summary>The scorer for questions with key points.</summary>
    public LinearScorer KeyPoints { get; }

    /// <summary>The scorer for questions graded against their reference answer alone.</summary>
    public LinearScorer Reference { get; }

    /// <summary>The unrounded score, 0 to 5, of an analysed answer.</summary>
    public double Score(GradingAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var scorer = analysis.FromKeyPoints ? KeyPoints : Reference;
        return 5.0 * scorer.Probability(analysis.Features.ToVector());
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not such a model.</exception>
    public static GradingModel FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var root = JsonNode.Parse(json)!.AsObject();
            var names = root["features"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
            if (!names.SequenceEqual(GradingFeatures.Names))
            {
                throw new FormatException($"the model's features ({string.Join(", ", names)}) are not the grader's ({string.Join(", ", GradingFeatures.Names)})");
            }

            return new GradingModel(root["coverageThreshold"]!.GetValue<double>(), Scorer(root["keyPoints"]!), Scorer(root["reference"]!));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            throw new FormatException($"not a grading model: {exception.Message}", exception);
        }
    }

    /// <summary>The model as indented JSON, with <paramref name="notes"/> (how it was fitted) kept alongside.</summary>
    public string ToJson(IReadOnlyDictionary<string, string>? notes = null)
    {
        var root = new JsonObject
        {
            ["features"] = new JsonArray([.. GradingFeatures.Names.Select(n => JsonValue.Create(n))]),
            ["coverageThreshold"] = Math.Round(CoverageThreshold, 4),
            ["keyPoints"] = Node(KeyPoints),
            ["reference"] = Node(Reference),
        };
        if (notes is not null)
        {
            root["notes"] = new JsonObject(notes.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));
        }

        return root.ToJsonString(Indented) + "\n";
    }

    private static LinearScorer Scorer(JsonNode node) => LinearScorer.FromJson(node);

    private static JsonObject Node(LinearScorer scorer) => scorer.ToJson();

    private static GradingModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from Viva.Core");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
