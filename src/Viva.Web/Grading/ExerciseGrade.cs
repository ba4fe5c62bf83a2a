using Viva.Core.Exercises;
using Viva.Core.Scheduling;
using Viva.Judging;

namespace Viva.Web.Grading;

/// <summary>
/// An attempt at an exercise, judged rather than graded, in the shape of a grade: passing tests are covered, failing
/// ones missed with expected and actual, and the score is the share of tests passed on the 0–5 scale.
/// </summary>
public static class ExerciseGrade
{
    /// <summary>Judges <paramref name="attempt"/> in the language it is written in, among those the exercise offers.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="attempt">The code typed.</param>
    /// <param name="cancellationToken">Stops the judge.</param>
    public static async Task<PracticeGrade> JudgeAsync(Exercise exercise, string attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(attempt);
        var judge = Judges.For(AttemptLanguage.Guess(exercise.Languages, attempt)) ?? exercise.Languages.Select(Judges.For).FirstOrDefault(j => j is not null);
        if (judge is null)
        {
            return PracticeGrade.NotGraded($"{string.Join(" and ", exercise.Languages)} attempts are not judged yet: compare with the solution and rate yourself.");
        }

        var result = await judge.JudgeAsync(exercise, attempt, JudgeLimits.Default, cancellationToken);
        if (result.Status == JudgeStatus.Unavailable)
        {
            return PracticeGrade.NotGraded($"Not judged: {result.Message}.");
        }

        var total = exercise.Tests.Count;
        var notice = result.Status switch
        {
            JudgeStatus.Passed => $"All {total} tests passed.",
            JudgeStatus.Failed => $"{result.PassedCount} of {total} tests passed.",
            _ => $"{result.Message} ({result.PassedCount} of {total} tests passed).",
        };

        // The web form does not time the attempt or offer hints, so a full pass suggests good rather than easy.
        return new PracticeGrade(
            5.0 * result.PassedCount / total,
            [.. result.Tests.Where(t => t.Passed).Select(t => t.Name)],
            [.. result.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}: expected {t.Expected}, got {t.Error ?? t.Actual ?? "nothing"}")],
            notice)
        {
            Suggestion = ExerciseRating.Suggest(result, TimeSpan.MaxValue, hintsUsed: false) ?? Rating.Again,
        };
    }
}
