namespace Viva.Core.Mock;

/// <summary>The clock of one mock interview: time used and left overall, and on the current question against its share.</summary>
/// <param name="time">The clock (tests move it by hand).</param>
/// <param name="total">The whole interview's time.</param>
/// <param name="perQuestion">One question's share of it.</param>
public sealed class MockTimer(TimeProvider time, TimeSpan total, TimeSpan perQuestion)
{
    private readonly DateTimeOffset _start = time.GetUtcNow();
    private DateTimeOffset _questionStart = time.GetUtcNow();

    /// <summary>When the interview started.</summary>
    public DateTimeOffset StartedAt => _start;

    /// <summary>Time since the interview started.</summary>
    public TimeSpan Elapsed => time.GetUtcNow() - _start;

    /// <summary>Time left for the whole interview, never below zero.</summary>
    public TimeSpan Remaining => total - Elapsed > TimeSpan.Zero ? total - Elapsed : TimeSpan.Zero;

    /// <summary>True once the interview's time is used up.</summary>
    public bool IsOver => Elapsed >= total;

    /// <summary>Time spent on the current question.</summary>
    public TimeSpan OnQuestion => time.GetUtcNow() - _questionStart;

    /// <summary>True when the current question took longer than its share.</summary>
    public bool QuestionOverrun => OnQuestion > perQuestion;

    /// <summary>Starts the clock of the next question.</summary>
    public void NextQuestion() => _questionStart = time.GetUtcNow();

    /// <summary><c>m:ss</c> (or <c>h:mm:ss</c>) for a duration, as a timer shows it.</summary>
    public static string Format(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}" : $"{(int)span.TotalMinutes}:{span.Seconds:00}";
}
