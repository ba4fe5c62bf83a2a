using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>An exercise card in <c>viva practice</c>: prompt and starter shown, the attempt judged, the rating suggested from the tests.</summary>
public sealed class ExercisePracticeTests : IDisposable
{
    private const string Source = "sql-exercises.md";
    private readonly VivaRunner _viva = new() { Clock = new ManualClock(new DateTimeOffset(2026, 5, 4, 10, 0, 0, TimeSpan.Zero)) };

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Should_Judge_A_Typed_Attempt_And_Accept_The_Suggested_Rating_With_Enter()
    {
        // Given: a right answer to the first SQL exercise (daily active users), blank lines inside it, ended by '.'
        const string Attempt = "SELECT date(ts) AS day,\n\n       COUNT(DISTINCT user_id)\nFROM events GROUP BY day ORDER BY day;\n.\n";

        // When
        var (code, output, error) = await _viva.RunWithInputAsync(Attempt + "\nq\n", "practice", "--new", "1", "--source", Source);

        // Then
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Daily active users from an events table", output, StringComparison.Ordinal);
        Assert.Contains("starter (sql):", output, StringComparison.Ordinal);
        Assert.Contains("✓ all 3 tests passed", output, StringComparison.Ordinal);
        Assert.Contains("Reference solution (sql)", output, StringComparison.Ordinal);
        Assert.Contains("Enter accepts Easy", output, StringComparison.Ordinal);
        Assert.Contains("✓ Easy — next in", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Judge_What_Is_Saved_In_The_Editor_Opened_On_The_Starter()
    {
        // Given: an editor that completes the starter (SELECT / FROM events) in place, as a user would
        _viva.OpensEditor = true;
        _viva.Environment["EDITOR"] = "sed -i 's/^SELECT$/SELECT date(ts), COUNT(DISTINCT user_id)/; s/^FROM events$/FROM events GROUP BY 1 ORDER BY 1/'";

        // When: Enter accepts the suggestion, q ends the session
        var (code, output, error) = await _viva.RunWithInputAsync("\nq\n", "practice", "--new", "1", "--source", Source);

        // Then: nothing was typed, the saved file was judged
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.DoesNotContain("Type your sql attempt", output, StringComparison.Ordinal);
        Assert.Contains("✓ all 3 tests passed", output, StringComparison.Ordinal);
        Assert.Contains("✓ Easy — next in", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Suggest_Hard_When_At_Least_Half_The_Tests_Pass()
    {
        // Given: distinct users per day, but losing the events at midnight and the second before it (one test adds them)
        const string Attempt = "SELECT date(ts), COUNT(DISTINCT user_id) FROM events WHERE time(ts) BETWEEN '00:00:01' AND '23:59:58' GROUP BY 1 ORDER BY 1;\n.\n";

        // When
        var (code, output, _) = await _viva.RunWithInputAsync(Attempt + "\nq\n", "practice", "--new", "1", "--source", Source);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("✗ 2 of 3 tests passed", output, StringComparison.Ordinal);
        Assert.Contains("✓ Hard — next in", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Show_Failing_Tests_And_Suggest_Again_For_A_Wrong_Attempt_After_A_Hint()
    {
        // Given: a hint first, then an attempt that counts events rather than users
        const string Attempt = "h\nSELECT date(ts), COUNT(*) FROM events GROUP BY 1 ORDER BY 1;\n.\n";

        // When
        var (code, output, _) = await _viva.RunWithInputAsync(Attempt + "\nq\n", "practice", "--new", "1", "--source", Source);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("hint 1/2:", output, StringComparison.Ordinal);
        Assert.Contains("✗ 1 of 3 tests passed", output, StringComparison.Ordinal);
        Assert.Contains("expected: [[\"2024-03-01\", 2]", output, StringComparison.Ordinal);
        Assert.Contains("✓ Again — next in", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Reveal_The_Solution_Without_Judging_When_Nothing_Is_Typed()
    {
        // When
        var (code, output, _) = await _viva.RunWithInputAsync(".\n1\nq\n", "practice", "--new", "1", "--source", Source);

        // Then
        Assert.Equal(0, code);
        Assert.DoesNotContain("tests passed", output, StringComparison.Ordinal);
        Assert.Contains("Reference solution (sql)", output, StringComparison.Ordinal);
        Assert.Contains("COUNT(DISTINCT user_id)", output, StringComparison.Ordinal);
        Assert.Contains("✓ Again — next in", output, StringComparison.Ordinal);
    }
}
