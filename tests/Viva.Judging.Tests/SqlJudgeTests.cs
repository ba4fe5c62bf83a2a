using Viva.Core.Exercises;
using Viva.Judging.Sql;

namespace Viva.Judging.Tests;

public sealed class SqlJudgeTests
{
    private static readonly ExerciseTest ByScore = new("by score", null, """[["b", 0.25], ["a", 0.5], ["c", 1.0]]""");

    private readonly SqlJudge _judge = new();

    [Fact]
    public async Task Should_Pass_A_Query_Whose_Rows_Match()
    {
        // When
        var result = await _judge.JudgeAsync(Exercises.Sql(true, ByScore), "SELECT name, score FROM scores ORDER BY score", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Passed, result.Status);
        Assert.True(Assert.Single(result.Tests).Passed);
    }

    [Fact]
    public async Task Should_Compare_Rows_In_Order_Only_When_The_Exercise_Says_So()
    {
        // Given
        const string Shuffled = "SELECT name, score FROM scores ORDER BY name DESC";

        // When
        var ordered = await _judge.JudgeAsync(Exercises.Sql(true, ByScore), Shuffled, Exercises.Quick);
        var unordered = await _judge.JudgeAsync(Exercises.Sql(false, ByScore), Shuffled, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Failed, ordered.Status);
        Assert.Equal(JudgeStatus.Passed, unordered.Status);
    }

    [Fact]
    public async Task Should_Show_Expected_And_Actual_Rows_Of_A_Failing_Test()
    {
        // When
        var result = await _judge.JudgeAsync(Exercises.Sql(false, ByScore), "SELECT name, score * 2 FROM scores", Exercises.Quick);

        // Then
        var test = Assert.Single(result.Tests);
        Assert.Equal(JudgeStatus.Failed, result.Status);
        Assert.False(test.Passed);
        Assert.Equal("""[["b", 0.25], ["a", 0.5], ["c", 1.0]]""", test.Expected);
        Assert.Equal("""[["a",1],["b",0.5],["c",2]]""", test.Actual);
    }

    [Theory]
    [InlineData("SELECT name, score + 0.0000001 FROM scores", JudgeStatus.Passed)]
    [InlineData("SELECT name, score + 0.001 FROM scores", JudgeStatus.Failed)]
    public async Task Should_Compare_Numbers_Within_The_Tolerance(string query, JudgeStatus status) =>
        Assert.Equal(status, (await _judge.JudgeAsync(Exercises.Sql(false, ByScore), query, Exercises.Quick)).Status);

    [Fact]
    public async Task Should_Run_Each_Test_On_Its_Own_Fixture()
    {
        // Given
        var exercise = Exercises.Sql(false, ByScore, new ExerciseTest("emptied", null, "[]", "DELETE FROM scores;"), ByScore);

        // When
        var result = await _judge.JudgeAsync(exercise, "SELECT name, score FROM scores", Exercises.Quick);

        // Then: the second test's delete does not leak into the third.
        Assert.Equal(JudgeStatus.Passed, result.Status);
        Assert.Equal(3, result.PassedCount);
    }

    [Fact]
    public async Task Should_Stop_A_Query_That_Runs_Past_The_Time_Limit()
    {
        // Given
        const string Endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT 'x', count(*) FROM n";
        var limits = Exercises.Quick with { Time = TimeSpan.FromMilliseconds(300) };

        // When
        var result = await _judge.JudgeAsync(Exercises.Sql(false, ByScore), Endless, limits);

        // Then
        Assert.Equal(JudgeStatus.TimedOut, result.Status);
        Assert.Contains("time limit", result.Message, StringComparison.Ordinal);
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Should_Stop_A_Query_That_Grows_Past_The_Memory_Limit()
    {
        // Given: every row adds 2 KB to one growing string.
        const string Hungry = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
            + "SELECT 'x', length(group_concat(hex(randomblob(1000)))) FROM n";
        var limits = new JudgeLimits(TimeSpan.FromSeconds(20), 16L * 1024 * 1024);

        // When
        var result = await _judge.JudgeAsync(Exercises.Sql(false, ByScore), Hungry, limits);

        // Then
        Assert.Equal(JudgeStatus.MemoryExceeded, result.Status);
        Assert.Contains("16 MiB", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT name FROM missing_table", "no such table: missing_table")]
    [InlineData("SELECT name FROM scores WHERE", "incomplete input")]
    [InlineData("SELECT name, abs(-9223372036854775807 - 1) FROM scores", "integer overflow")]
    public async Task Should_Report_A_Query_That_Does_Not_Run(string query, string message)
    {
        // When
        var result = await _judge.JudgeAsync(Exercises.Sql(false, ByScore), query, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Error, result.Status);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE FROM scores", "not DELETE")]
    [InlineData("SELECT 1; DROP TABLE scores", "only one statement")]
    [InlineData("ATTACH DATABASE '/tmp/other.db' AS other", "not ATTACH")]
    [InlineData("WITH gone AS (SELECT 1) DELETE FROM scores", "read-only")]
    [InlineData("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT i, i FROM n", "more than 10,000 rows")]
    [InlineData("  -- nothing but a comment\n", "empty")]
    public async Task Should_Refuse_An_Attempt_To_Change_The_Database_Or_Flood_The_Result(string query, string message)
    {
        // When
        var result = await _judge.JudgeAsync(Exercises.Sql(false, ByScore), query, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Rejected, result.Status);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')", "not authorized")]
    [InlineData("SELECT readfile('/etc/passwd')", "no such function: readfile")]
    [InlineData("VALUES (1) UNION ALL SELECT edit('x', 'vi')", "no such function: edit")]
    public async Task Should_Give_A_Query_No_Way_To_Native_Code_Files_Or_Processes(string query, string message)
    {
        // When: loading a library would run native code (sockets, fork); readfile and edit exist only in SQLite's shell
        var result = await _judge.JudgeAsync(Exercises.Sql(false, ByScore), query, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Error, result.Status);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Not_Mistake_A_Semicolon_In_A_String_For_A_Second_Statement()
    {
        // Given
        var exercise = Exercises.Sql(false, new ExerciseTest("literal", null, """[["a;b"]]"""));

        // When
        var result = await _judge.JudgeAsync(exercise, "SELECT 'a;b' -- a comment; with a semicolon\n;", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Passed, result.Status);
    }
}
