namespace Viva.Core.Linking;

/// <summary>What each of two imported questions brings by meaning to <see cref="PairFeatures.Of"/>.</summary>
/// <param name="QuestionA">One question's embedding.</param>
/// <param name="QuestionB">The other's.</param>
/// <param name="OpeningA">The embedding of the first one's opening (<see cref="PromptOpening"/>; its own when it has none).</param>
/// <param name="OpeningB">The other's.</param>
/// <param name="NearestCuratedA">The curated question nearest the first by meaning, -1 when none is linked with them.</param>
/// <param name="NearestCuratedB">The other's.</param>
public sealed record PairSides(
    float[] QuestionA,
    float[] QuestionB,
    float[] OpeningA,
    float[] OpeningB,
    int NearestCuratedA,
    int NearestCuratedB)
{
    /// <summary>The sides of questions <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <param name="embeddings">Every question's embeddings.</param>
    /// <param name="a">One question's index.</param>
    /// <param name="b">The other's.</param>
    /// <param name="nearestA">The curated question nearest <paramref name="a"/> by meaning, or -1.</param>
    /// <param name="nearestB">The curated question nearest <paramref name="b"/> by meaning, or -1.</param>
    public static PairSides For(Embeddings embeddings, int a, int b, int nearestA, int nearestB)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        return new PairSides(embeddings.Questions[a], embeddings.Questions[b], embeddings.Openings[a], embeddings.Openings[b], nearestA, nearestB);
    }
}
