namespace Viva.Core.Storage;

/// <summary>How often a user overrode the automatic grade on one card.</summary>
/// <param name="CardId">The card (a cluster id).</param>
/// <param name="Question">The text of the card's head question; null when the card left the bank.</param>
/// <param name="Graded">Reviews of the card with a graded answer.</param>
/// <param name="Right">Of those, how many the user marked "I was right" (graded too low).</param>
/// <param name="Wrong">Of those, how many the user marked "I was wrong" (graded too high).</param>
public sealed record GradeDisagreement(string CardId, string? Question, int Graded, int Right, int Wrong)
{
    /// <summary>Reviews whose grade the user overrode either way.</summary>
    public int Overridden => Right + Wrong;

    /// <summary>The share of graded reviews overridden, 0–1 (0 when nothing was graded).</summary>
    public double Rate => Graded == 0 ? 0 : (double)Overridden / Graded;
}
