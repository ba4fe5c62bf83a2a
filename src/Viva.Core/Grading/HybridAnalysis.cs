namespace Viva.Core.Grading;

/// <summary>Everything the hybrid grader measured about one answer.</summary>
/// <param name="Lexical">The lexical analysis.</param>
/// <param name="Semantic">The encoder's features; null when no encoder was available.</param>
/// <param name="Units">The verdict per unit, in the order of the request.</param>
public sealed record HybridAnalysis(GradingAnalysis Lexical, SemanticFeatures? Semantic, IReadOnlyList<UnitJudgement> Units)
{
    /// <summary>The lexical and semantic features in the order of <see cref="SemanticFeatures.HybridNames"/>; null without an encoder.</summary>
    public double[]? ToVector() => Semantic is null ? null : [.. Lexical.Features.ToVector(), .. Semantic.ToVector()];

    /// <summary>Like <see cref="ToVector"/>, with zeros for the semantic features of an answer that has no words to encode.</summary>
    public double[] ToVectorOrWords() => ToVector() ?? [.. Lexical.Features.ToVector(), .. new double[SemanticFeatures.Names.Count]];
}
