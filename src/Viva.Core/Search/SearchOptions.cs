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
}
