namespace Viva.Core.Mock;

/// <summary>
/// What a mock interview is about: the curated areas a role is asked about, each with how much of the interview it
/// takes, or the user's own topics.
/// </summary>
/// <param name="Name">The name on the command line: <c>ml-engineer</c>, <c>data-scientist</c>, <c>llm-engineer</c>, <c>mlops</c> or <c>custom</c>.</param>
/// <param name="Title">The name to show.</param>
/// <param name="Areas">Curated areas (<c>content/&lt;area&gt;</c>) and their relative weight; empty for custom topics.</param>
/// <param name="Topics">Custom topics: text that a question's area or topic heading must contain; empty for a named track.</param>
public sealed record MockTrack(string Name, string Title, IReadOnlyDictionary<string, double> Areas, IReadOnlyList<string> Topics)
{
    /// <summary>Machine-learning engineer: modelling and deep learning first, then production and coding.</summary>
    public static MockTrack MlEngineer { get; } = Named("ml-engineer", "ML engineer", new()
    {
        ["classical-ml"] = 3,
        ["deep-learning"] = 3,
        ["evaluation"] = 2,
        ["fundamentals"] = 2,
        ["mlops-production"] = 2,
        ["algorithms-coding"] = 1,
        ["frameworks"] = 1,
        ["math"] = 1,
    });

    /// <summary>Data scientist: statistics, classical models, evaluation and SQL.</summary>
    public static MockTrack DataScientist { get; } = Named("data-scientist", "Data scientist", new()
    {
        ["statistics-probability"] = 3,
        ["classical-ml"] = 3,
        ["evaluation"] = 2,
        ["data-engineering-sql"] = 2,
        ["math"] = 1,
        ["fundamentals"] = 1,
        ["behavioral"] = 1,
    });

    /// <summary>LLM / AI engineer: language models, retrieval, serving and generative models.</summary>
    public static MockTrack LlmEngineer { get; } = Named("llm-engineer", "LLM / AI engineer", new()
    {
        ["nlp-llm"] = 5,
        ["generative"] = 2,
        ["deep-learning"] = 2,
        ["mlops-production"] = 1,
        ["evaluation"] = 1,
    });

    /// <summary>MLOps: deployment, monitoring, pipelines and the data underneath.</summary>
    public static MockTrack Mlops { get; } = Named("mlops", "MLOps", new()
    {
        ["mlops-production"] = 5,
        ["data-engineering-sql"] = 2,
        ["frameworks"] = 1,
        ["evaluation"] = 1,
        ["fundamentals"] = 1,
    });

    /// <summary>The named tracks, in the order help lists them.</summary>
    public static IReadOnlyList<MockTrack> All { get; } = [MlEngineer, DataScientist, LlmEngineer, Mlops];

    /// <summary>A track over the user's own topics, each matched like <c>practice --topic</c>.</summary>
    public static MockTrack Custom(IEnumerable<string> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var list = topics.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("a custom track needs at least one topic", nameof(topics));
        }

        return new MockTrack("custom", "Custom: " + string.Join(", ", list), new Dictionary<string, double>(), list);
    }

    /// <summary>The named track called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static MockTrack? Find(string? name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The track a saved mock was drawn from, by the title it was saved with; null when none has that title.</summary>
    public static MockTrack? FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        const string custom = "Custom: ";
        return title.StartsWith(custom, StringComparison.Ordinal)
            ? Custom(title[custom.Length..].Split(", "))
            : All.FirstOrDefault(t => t.Title == title);
    }

    /// <summary>How much of the interview a question of <paramref name="candidate"/>'s kind takes; 0 when it is off the track.</summary>
    public double WeightOf(MockCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (Topics.Count == 0)
        {
            return Areas.GetValueOrDefault(candidate.Area);
        }

        return Topics.Any(t => candidate.Area.Contains(t, StringComparison.OrdinalIgnoreCase)
            || candidate.Topics.Any(h => h.Contains(t, StringComparison.OrdinalIgnoreCase))) ? 1 : 0;
    }

    private static MockTrack Named(string name, string title, Dictionary<string, double> areas) =>
        new(name, title, areas, []);
}
