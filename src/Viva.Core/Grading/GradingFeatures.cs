namespace Viva.Core.Grading;

/// <summary>
/// The measurements a grade is computed from. Every share is weighted by the bank's idf, with words that
/// merely repeat the question demoted.
/// </summary>
/// <param name="Coverage">Mean, over the units, of the share of each unit one passage of the answer says (0–1).</param>
/// <param name="Covered">Share of the units counted as covered (0–1).</param>
/// <param name="Contradiction">The most coverage any one unit loses to words the answer negates or opposes (0–1): one clear contradiction weighs more than scattered noise.</param>
/// <param name="Swap">The most coverage any one unit loses to words the answer says of another subject (0–1).</param>
/// <param name="Recall">Share of the reference's words the answer says anywhere (0–1).</param>
/// <param name="Precision">Share of the answer's words the reference or the units also use (0–1).</param>
/// <param name="Bigrams">Share of the units' adjacent word pairs the answer says in the same order (0–1).</param>
/// <param name="Length">Natural log of (1 + answer words) / (1 + unit words), content words only.</param>
/// <param name="Echo">Share of the answer's words that come from the question.</param>
public sealed record GradingFeatures(
    double Coverage, double Covered, double Contradiction, double Swap, double Recall, double Precision, double Bigrams, double Length, double Echo)
{
    /// <summary>The names of the features, in the order of <see cref="ToVector"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["coverage", "covered", "contradiction", "swap", "recall", "precision", "bigrams", "length", "echo"];

    /// <summary>The features in the order of <see cref="Names"/>.</summary>
    public double[] ToVector() => [Coverage, Covered, Contradiction, Swap, Recall, Precision, Bigrams, Length, Echo];
}
