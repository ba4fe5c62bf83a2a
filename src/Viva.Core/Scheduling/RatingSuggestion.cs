namespace Viva.Core.Scheduling;

/// <summary>The rating a grade suggests; the user can always override it.</summary>
public static class RatingSuggestion
{
    /// <summary>Below 2 of 5 is a lapse, below 3 hard, below 4.5 good, else easy.</summary>
    public static Rating FromScore(double score) => score switch
    {
        < 2 => Rating.Again,
        < 3 => Rating.Hard,
        < 4.5 => Rating.Good,
        _ => Rating.Easy,
    };
}
