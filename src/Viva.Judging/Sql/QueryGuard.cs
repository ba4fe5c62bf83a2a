using System.Diagnostics;
using SQLitePCL;
using Viva.Core.Exercises;

namespace Viva.Judging.Sql;

/// <summary>
/// SQLite's progress handler for one attempt: interrupts the query once the attempt is past its time, once SQLite's
/// heap has grown by more than the memory limit since the attempt began, or when the caller cancels.
/// </summary>
internal sealed class QueryGuard(JudgeLimits limits, Stopwatch clock, CancellationToken cancellationToken)
{
    // SQLite's allocator is shared by the process, so growth is measured from where this attempt started.
    private readonly long _baseline = raw.sqlite3_memory_used();

    /// <summary>Why the query was interrupted; null while it may run.</summary>
    public (JudgeStatus Status, string Message)? Stop { get; private set; }

    /// <summary>The progress handler: non-zero interrupts the query.</summary>
    public int Check(object userData)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            Stop = (JudgeStatus.TimedOut, "cancelled");
        }
        else if (clock.Elapsed > limits.Time)
        {
            Stop = (JudgeStatus.TimedOut, $"the query ran past the time limit ({limits.Time.TotalSeconds:0.#} s) and was stopped");
        }
        else if (raw.sqlite3_memory_used() - _baseline > limits.MemoryBytes)
        {
            Stop = (JudgeStatus.MemoryExceeded, $"the query used more than {limits.MemoryBytes / (1024 * 1024)} MiB and was stopped");
        }

        return Stop is null ? 0 : 1;
    }
}
