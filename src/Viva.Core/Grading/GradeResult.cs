namespace Viva.Core.Grading;

/// <summary>A grade: the score, the key points the answer covers and those it misses.</summary>
/// <param name="Score">0 to 5 (5 = complete and correct), a multiple of 0.25.</param>
/// <param name="Covered">Covered key points in the order of the request, each with the passage of the answer that covers it.</param>
/// <param name="Missed">Key points the answer does not cover, in the order of the request.</param>
public sealed record GradeResult(double Score, IReadOnlyList<CoveredPoint> Covered, IReadOnlyList<string> Missed)
{
    /// <summary>A remark for the user about how the grade was made (for example a fallback to the built-in grader), or null.</summary>
    public string? Notice { get; init; }

    /// <summary>One sentence per key point the answer contradicts, saying how ("you said … of L2; the key point says it of L1").</summary>
    public IReadOnlyList<string> Contradictions { get; init; } = [];

    /// <summary>
    /// Missed key points the answer says part of (a compound point half stated) or comes close to without stating clearly
    /// (the per-point model's doubtful band), each with the words that come closest; every one is also in
    /// <see cref="Missed"/>. Feedback shows them as partly or not clearly stated rather than missed.
    /// </summary>
    public IReadOnlyList<CoveredPoint> Partial { get; init; } = [];

    /// <summary>
    /// Optional key points (marked <c>(optional)</c> in the bank) the answer does not make, in the order of the request. They
    /// are never in <see cref="Missed"/>: leaving out an extra is not a miss.
    /// </summary>
    public IReadOnlyList<string> OptionalMissed { get; init; } = [];

    /// <summary>For a numeric question answered with a wrong number or none: the expected number as text; otherwise null.</summary>
    public string? Expected { get; init; }
}
