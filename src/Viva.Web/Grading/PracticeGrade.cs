namespace Viva.Web.Grading;

/// <summary>What a grader said about a typed answer.</summary>
/// <param name="Score">0–5, or null when the answer was not graded.</param>
/// <param name="Covered">Key points the answer covers.</param>
/// <param name="Missed">Key points it misses.</param>
/// <param name="Notice">A line to show the user (why nothing was graded, a numeric verdict…), or null.</param>
public sealed record PracticeGrade(double? Score, IReadOnlyList<string> Covered, IReadOnlyList<string> Missed, string? Notice)
{
    /// <summary>For each covered key point, in the same order, the words of the answer that earned it (may be empty).</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    /// <summary>Missed key points the answer says part of, with the words that say it.</summary>
    public IReadOnlyDictionary<string, string> Partial { get; init; } = new Dictionary<string, string>();

    /// <summary>Optional key points the answer leaves out: shown as extras, never as missed.</summary>
    public IReadOnlyList<string> OptionalMissed { get; init; } = [];

    /// <summary>One sentence per key point the answer contradicts.</summary>
    public IReadOnlyList<string> Contradictions { get; init; } = [];

    /// <summary>The rating this grade suggests when the score alone does not say it (a judged exercise); null: from the score.</summary>
    public Viva.Core.Scheduling.Rating? Suggestion { get; init; }

    /// <summary>No grade, with the reason.</summary>
    public static PracticeGrade NotGraded(string notice) => new(null, [], [], notice);
}
