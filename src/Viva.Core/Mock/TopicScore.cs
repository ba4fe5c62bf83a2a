namespace Viva.Core.Mock;

/// <summary>How a mock went on one area.</summary>
/// <param name="Area">The curated area.</param>
/// <param name="Questions">Questions asked on it.</param>
/// <param name="MeanScore">Mean grade, 0–5 (a skipped question counts 0).</param>
public sealed record TopicScore(string Area, int Questions, double MeanScore)
{
    /// <summary>The mock's readiness figure for the area: mean grade ÷ 5.</summary>
    public double Readiness => MeanScore / 5;
}
