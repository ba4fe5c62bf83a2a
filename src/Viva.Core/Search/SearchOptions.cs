namespace Viva.Core.Search;

/// <summary>How <see cref="HybridSearch"/> fuses its rankings; the defaults are what the app uses.</summary>
public sealed record SearchOptions
{
    /// <summary>The defaults.</summary>
    public static SearchOptions Default { get; } = new();

    /// <summary>
    /// Reciprocal-rank fusion's constant: the larger, the flatter each list's head. Small, with the meaning ranking
    /// weighted above the word rankings, the nearest questions by meaning lead and the words reorder close calls and
    /// bring up what the encoder does not know (chosen on the tuning half of tests/fixtures/search/probes.tsv).
    /// </summary>
    public int FusionK { get; init; } = 5;

    /// <summary>How deep each ranking is read before fusing.</summary>
    public int Depth { get; init; } = 50;

    /// <summary>The weight of the word ranking (BM25 over the query as typed).</summary>
    public double WordsWeight { get; init; } = 1;

    /// <summary>The weight of the word ranking of the query with abbreviations spelt out.</summary>
    public double ExpandedWeight { get; init; } = 1;

    /// <summary>The weight of the ranking by meaning (nearest question embeddings).</summary>
    public double MeaningWeight { get; init; } = 6;

    /// <summary>Whether word search is given only the words that say what is asked, misspellings corrected, rather than the query as typed.</summary>
    public bool Keywords { get; init; } = true;

    /// <summary>Whether the query is encoded with its abbreviations spelt out beside it, rather than as typed.</summary>
    public bool EncodeExpansion { get; init; } = true;

    /// <summary>The weight of a second ranking by meaning, of each question followed by the opening of its answer; 0 leaves it out.</summary>
    public double AnswerMeaningWeight { get; init; }

    /// <summary>
    /// The cosine of the nearest question from which the meaning ranking has its full weight. Below about 0.5 the
    /// encoder's nearest question was right for fewer queries than the word ranking's first (21 against 33 of 46 probes),
    /// above 0.6 for nearly all; the three settings were chosen on the tuning half and the second probe set.
    /// </summary>
    public double ConfidentCosine { get; init; } = 0.6;

    /// <summary>The cosine of the nearest question at and below which the meaning ranking keeps only <see cref="UnsureShare"/> of its weight.</summary>
    public double UnsureCosine { get; init; } = 0.5;

    /// <summary>The share of its weight the meaning ranking keeps when the encoder's nearest question is far (1: always full weight).</summary>
    public double UnsureShare { get; init; } = 0.1;
}
