namespace Viva.Core.Scheduling;

/// <summary>
/// The user's verdict on the automatic grade of their answer, kept with the review so that question authors
/// can find the key points the grader gets wrong (<c>viva grade --disagreements</c>).
/// </summary>
public enum GradeOverride
{
    /// <summary>"I was right": the grader scored the answer too low.</summary>
    Right = 1,

    /// <summary>"I was wrong": the grader scored the answer too high.</summary>
    Wrong = 2,
}
