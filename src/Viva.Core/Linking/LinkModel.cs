using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Viva.Core.Grading;

namespace Viva.Core.Linking;

/// <summary>
/// The fitted part of the meaning-aware linker: a logistic scorer with its threshold for an imported question
/// against a curated one (<see cref="LinkFeatures.CuratedNames"/>) and for two imported questions
/// (<see cref="PairFeatures.Names"/>). The shipped model (<c>Linking/Data/link-model.json</c>) is written by
/// <c>tools/Viva.Linking.Training</c>.
/// </summary>
/// <param name="Curated">Scores an imported question against a curated one.</param>
/// <param name="CuratedThreshold">The probability from which the best curated question is linked.</param>
/// <param name="Pair">Scores two imported questions.</param>
/// <param name="PairThreshold">The probability from which two imported questions are one.</param>
public sealed record LinkModel(LinearScorer Curated, double CuratedThreshold, LinearScorer Pair, double PairThreshold)
{
    private const string ResourceName = "Viva.Core.Linking.Data.link-model.json";
    private static readonly Lazy<LinkModel> ShippedModel = new(LoadShipped);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The model shipped inside this assembly.</summary>
    public static LinkModel Shipped => ShippedModel.Value;

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not such a model, or its features are not the linker's.</exception>
    public static LinkModel FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var root = JsonNode.Parse(json)!.AsObject();
            var curated = Scorer(root["curated"]!, LinkFeatures.CuratedNames);
            var pair = Scorer(root["pair"]!, PairFeatures.Names);
            return new LinkModel(curated, root["curated"]!["threshold"]!.GetValue<double>(), pair, root["pair"]!["threshold"]!.GetValue<double>());
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            throw new FormatException($"not a linking model: {exception.Message}", exception);
        }
    }

    /// <summary>The model as indented JSON, with <paramref name="notes"/> (how it was fitted) kept alongside.</summary>
    public string ToJson(IReadOnlyDictionary<string, string>? notes = null)
    {
        var root = new JsonObject
        {
            ["curated"] = Node(Curated, CuratedThreshold, LinkFeatures.CuratedNames),
            ["pair"] = Node(Pair, PairThreshold, PairFeatures.Names),
        };
        if (notes is not null)
        {
            root["notes"] = new JsonObject(notes.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));
        }

        return root.ToJsonString(Indented) + "\n";
    }

    private static LinearScorer Scorer(JsonNode node, IReadOnlyList<string> expected)
    {
        var names = node["features"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        if (!names.SequenceEqual(expected))
        {
            throw new FormatException($"the model's features ({string.Join(", ", names)}) are not the linker's ({string.Join(", ", expected)})");
        }

        return LinearScorer.FromJson(node);
    }

    private static JsonObject Node(LinearScorer scorer, double threshold, IReadOnlyList<string> names)
    {
        var node = scorer.ToJson();
        node["threshold"] = Math.Round(threshold, 4);
        node["features"] = new JsonArray([.. names.Select(n => JsonValue.Create(n))]);
        return node;
    }

    private static LinkModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from Viva.Core");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
