namespace Viva.Core.Grading;

/// <summary>What the sentence encoder adds to the lexical measurements of one answer.</summary>
/// <param name="Meaning">Mean, over the units, of the best cosine similarity between the unit and a passage of the answer (0–1, negatives as 0).</param>
/// <param name="Judged">Share of the units judged covered by words or by meaning, contradictions excluded (0–1).</param>
/// <param name="Answer">Cosine similarity of the whole answer to the whole reference (0–1, negatives as 0).</param>
/// <param name="Question">Cosine similarity of the whole answer to the question (0–1): high with little else means the answer restates it.</param>
public sealed record SemanticFeatures(double Meaning, double Judged, double Answer, double Question)
{
    /// <summary>The names of the features, in the order of <see cref="ToVector"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["meaning", "judged", "answer_similarity", "question_similarity"];

    /// <summary>The features in the order of <see cref="Names"/>.</summary>
    public double[] ToVector() => [Meaning, Judged, Answer, Question];

    /// <summary>The names of the lexical and semantic features together, as the hybrid model reads them.</summary>
    public static IReadOnlyList<string> HybridNames { get; } = [.. GradingFeatures.Names, .. Names];
}
