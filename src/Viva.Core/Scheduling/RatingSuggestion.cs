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

    /// <summary>
    /// The rating to suggest once the user has judged the grade behind <paramref name="suggested"/>: "I was right" (scored too
    /// low) lifts it to at least good, "I was wrong" (scored too high) means the answer was not recalled, so again.
    /// </summary>
    /// <param name="suggested">What the score suggested, if anything was graded.</param>
    /// <param name="verdict">The user's verdict; null leaves the suggestion as it was.</param>
    public static Rating? AfterOverride(Rating? suggested, GradeOverride? verdict) => verdict switch
    {
        GradeOverride.Right => suggested is Rating.Easy ? Rating.Easy : Rating.Good,
        GradeOverride.Wrong => Rating.Again,
        _ => suggested,
    };
}
