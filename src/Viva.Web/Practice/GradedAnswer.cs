using Viva.Core.Questions;
using Viva.Core.Scheduling.States;
using Viva.Web.Grading;

namespace Viva.Web.Practice;

/// <summary>A graded answer with everything the rating step shows.</summary>
/// <param name="Card">The card.</param>
/// <param name="Answer">What the user typed.</param>
/// <param name="Grade">The grader's verdict.</param>
/// <param name="Suggestion">The rating the score suggests, if graded.</param>
/// <param name="Outcomes">What each rating would schedule, Again first.</param>
/// <param name="Version">The card's review count, sent back with the rating to catch double submissions.</param>
/// <param name="Verdict">"I was right" or "I was wrong" about the grade, once the user said so; saved with the rating.</param>
public sealed record GradedAnswer(
    PracticeCard Card,
    string Answer,
    PracticeGrade Grade,
    Core.Scheduling.Rating? Suggestion,
    IReadOnlyList<ScheduledOutcome> Outcomes,
    int Version,
    Core.Scheduling.GradeOverride? Verdict = null);
