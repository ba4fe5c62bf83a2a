namespace Viva.Core.Exercises;

/// <summary>An exercise's code in one language.</summary>
/// <param name="Language">The language (<see cref="ExerciseLanguages"/>).</param>
/// <param name="Starter">What the attempt starts from; null when the exercise gives none.</param>
/// <param name="Solution">The reference solution; it must pass every test.</param>
public sealed record ExerciseCode(string Language, string? Starter, string Solution);
