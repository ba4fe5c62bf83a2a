namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>
/// One prediction to score: the first <see cref="Length"/> reviews of a card, where the last one (on a later day than
/// the one before it) is the target and the others are the history the memory state is replayed from.
/// </summary>
/// <param name="Card">The card's whole history.</param>
/// <param name="Length">Reviews taken, target included (at least 2).</param>
/// <param name="TargetTime">When the target review happened: items are split and weighted by it.</param>
public readonly record struct TrainingItem(CardReviews Card, int Length, DateTimeOffset TargetTime)
{
    /// <summary>Whether the target review was recalled (rated Hard, Good or Easy).</summary>
    public bool Recalled => Card.Ratings[Length - 1] > (byte)Rating.Again;

    /// <summary>Whole days between the target and the review before it (always at least 1).</summary>
    public int TargetElapsedDays => Card.ElapsedDays[Length - 1];

    /// <summary>The first rating the card got.</summary>
    public Rating FirstRating => (Rating)Card.Ratings[0];

    /// <summary>True when the target is the card's first review on a later day than its first.</summary>
    public bool IsFirstLongTerm => LongTermReviews == 1;

    /// <summary>Reviews up to and including the target that came a day or more after the one before.</summary>
    public int LongTermReviews
    {
        get
        {
            var count = 0;
            for (var i = 1; i < Length; i++)
            {
                count += Card.ElapsedDays[i] > 0 ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Lapses in the history: Again given a day or more after the review before.</summary>
    public int Lapses
    {
        get
        {
            var count = 0;
            for (var i = 1; i < Length - 1; i++)
            {
                count += Card.ElapsedDays[i] > 0 && Card.Ratings[i] == (byte)Rating.Again ? 1 : 0;
            }

            return count;
        }
    }
}
