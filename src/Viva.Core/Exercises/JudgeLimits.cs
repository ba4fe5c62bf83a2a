namespace Viva.Core.Exercises;

/// <summary>What one attempt may use.</summary>
/// <param name="Time">Wall-clock time for the whole attempt, every test included.</param>
/// <param name="MemoryBytes">Memory the attempt may allocate.</param>
public sealed record JudgeLimits(TimeSpan Time, long MemoryBytes)
{
    /// <summary>Five seconds and 512 MiB: far more than any reference solution needs.</summary>
    public static JudgeLimits Default { get; } = new(TimeSpan.FromSeconds(5), 512L * 1024 * 1024);
}
