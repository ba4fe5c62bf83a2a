namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>One card's reviews in order: the ratings and the whole study days since the review before (0 for the first).</summary>
public sealed class CardReviews
{
    /// <summary>Creates the history.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, are empty, or hold a rating outside 1–4.</exception>
    public CardReviews(IReadOnlyList<Rating> ratings, IReadOnlyList<int> elapsedDays)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(elapsedDays);
        if (ratings.Count == 0 || ratings.Count != elapsedDays.Count)
        {
            throw new ArgumentException("a card history needs one elapsed-days value per rating, and at least one rating");
        }

        if (ratings.Any(r => r is < Rating.Again or > Rating.Easy))
        {
            throw new ArgumentException("ratings must be 1 (again) to 4 (easy)", nameof(ratings));
        }

        Ratings = [.. ratings.Select(r => (byte)r)];
        ElapsedDays = [.. elapsedDays];
        ElapsedDays[0] = 0;
    }

    /// <summary>The ratings, 1–4, oldest first.</summary>
    public byte[] Ratings { get; }

    /// <summary>Whole study days before each review since the previous one (the first is 0).</summary>
    public int[] ElapsedDays { get; }

    /// <summary>Number of reviews.</summary>
    public int Count => Ratings.Length;
}
