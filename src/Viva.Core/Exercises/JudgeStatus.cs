namespace Viva.Core.Exercises;

/// <summary>How a judged attempt ended.</summary>
public enum JudgeStatus
{
    /// <summary>Every test passed.</summary>
    Passed,

    /// <summary>The attempt ran, and some tests gave the wrong result.</summary>
    Failed,

    /// <summary>The attempt did not compile or crashed.</summary>
    Error,

    /// <summary>The attempt ran past its time limit and was stopped.</summary>
    TimedOut,

    /// <summary>The attempt asked for more memory than its limit.</summary>
    MemoryExceeded,

    /// <summary>The attempt tried something the judge does not allow (writing to the database, a second statement).</summary>
    Rejected,

    /// <summary>The judge cannot run here (no <c>python3</c>, a required module missing); nothing was run.</summary>
    Unavailable,
}
