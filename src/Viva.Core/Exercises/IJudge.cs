namespace Viva.Core.Exercises;

/// <summary>Runs an attempt at an exercise in one language against the exercise's tests, within limits.</summary>
public interface IJudge
{
    /// <summary>The language judged (<see cref="ExerciseLanguages"/>).</summary>
    string Language { get; }

    /// <summary>Judges <paramref name="code"/>. Never throws for a bad attempt: every failure is a result.</summary>
    /// <param name="exercise">The exercise and its tests.</param>
    /// <param name="code">The attempt.</param>
    /// <param name="limits">Time and memory the attempt may use.</param>
    /// <param name="cancellationToken">Stops the run (the attempt is killed).</param>
    Task<JudgeResult> JudgeAsync(Exercise exercise, string code, JudgeLimits limits, CancellationToken cancellationToken = default);
}
