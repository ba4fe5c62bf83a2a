namespace Viva.Core.Scheduling;

/// <summary>What became of a request to set (or withdraw) the verdict on a review's grade.</summary>
public enum GradeOverrideResult
{
    /// <summary>The verdict is stored.</summary>
    Saved,

    /// <summary>The user has no review with that id (it never existed, was undone, or is another user's).</summary>
    NotFound,

    /// <summary>The review has no grade to disagree with: no answer was typed or none could be graded.</summary>
    NotGraded,
}
