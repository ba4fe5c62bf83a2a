namespace Viva.Core.Questions;

/// <summary>What the curated bank's metadata comment and key-point list say about a question.</summary>
/// <param name="Id">The stable id from the comment.</param>
/// <param name="Tags">Lowercase tags.</param>
/// <param name="KeyPoints">The atomic ideas a good answer covers.</param>
/// <param name="Kind">Open, numeric or exercise.</param>
/// <param name="NumericAnswer">The exact answer of a numeric question.</param>
/// <param name="Tolerance">The absolute tolerance of a numeric question.</param>
/// <param name="Exercise">The prompt, code and tests of an exercise.</param>
public sealed record CuratedMetadata(
    string Id,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> KeyPoints,
    QuestionKind Kind,
    double? NumericAnswer,
    double? Tolerance,
    Exercises.Exercise? Exercise = null);
