using Viva.Core.Questions;

namespace Viva.Core.Storage;

/// <summary>Which questions to list. Null members do not filter.</summary>
public sealed record QuestionFilter
{
    /// <summary>Case-insensitive text that one of the topic headings must contain.</summary>
    public string? Topic { get; init; }

    /// <summary>Card topics (curated areas or imported topics, exactly as stats name them) one of which the card must have; empty for any. Practice only.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The level the question must have.</summary>
    public Level? Level { get; init; }

    /// <summary>Case-insensitive text that the source name must contain.</summary>
    public string? Source { get; init; }

    /// <summary>Only questions without a full answer (none, or only a stub).</summary>
    public bool UnansweredOnly { get; init; }

    /// <summary>At most this many questions; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>
    /// Only what a listing shows (id, source, text, answer, topics, level): a store may then leave each question's code
    /// and curated metadata (key points, exercise) empty, which saves reading them on a command that never shows them.
    /// </summary>
    public bool Brief { get; init; }
}
