using Viva.Core.Scheduling;

namespace Viva.Core.Exercises;

/// <summary>The FSRS rating a judged attempt suggests; the user can always choose another.</summary>
public static class ExerciseRating
{
    /// <summary>An attempt solved within this time, without hints, counts as easy.</summary>
    public static readonly TimeSpan Fast = TimeSpan.FromMinutes(5);

    /// <summary>
    /// All tests passed: easy when solved fast without hints, else good. Some failed: hard when at least half passed,
    /// else again; an attempt that crashed, timed out or was rejected is again. Null when nothing could run.
    /// </summary>
    /// <param name="result">The judge's result.</param>
    /// <param name="taken">From showing the exercise to submitting the attempt.</param>
    /// <param name="hintsUsed">True when the user asked for a hint.</param>
    public static Rating? Suggest(JudgeResult result, TimeSpan taken, bool hintsUsed)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            JudgeStatus.Unavailable => null,
            JudgeStatus.Passed => taken <= Fast && !hintsUsed ? Rating.Easy : Rating.Good,
            JudgeStatus.Failed when result.PassedCount * 2 >= result.Tests.Count => Rating.Hard,
            _ => Rating.Again,
        };
    }
}
