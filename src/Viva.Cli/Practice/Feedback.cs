namespace Viva.Cli.Practice;

/// <summary>What the grader said about a typed answer.</summary>
/// <param name="Score">0–5.</param>
/// <param name="Covered">Key points the answer covers, each with the words of the answer that cover it.</param>
/// <param name="Missed">Key points it misses.</param>
/// <param name="Notice">A note to show, e.g. that the LLM grader fell back to the built-in one.</param>
public sealed record Feedback(double Score, IReadOnlyList<(string Point, string Quote)> Covered, IReadOnlyList<string> Missed, string? Notice)
{
    /// <summary>One sentence per key point the answer contradicts.</summary>
    public IReadOnlyList<string> Contradictions { get; init; } = [];

    /// <summary>Optional key points the answer leaves out: shown as extras, never as missed.</summary>
    public IReadOnlyList<string> OptionalMissed { get; init; } = [];

    /// <summary>Missed key points the answer says part of, with the words that say it.</summary>
    public IReadOnlyDictionary<string, string> Partial { get; init; } = new Dictionary<string, string>();
}
