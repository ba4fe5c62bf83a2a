using System.Text.Json;

namespace Viva.Cli.Tests;

public sealed class ExerciseCommandTests : IDisposable
{
    private const string DailyUsers = "sql-exercise-daily-active-users";
    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Should_List_The_Exercises_With_Their_Languages()
    {
        // When
        var (code, output, _) = await _viva.RunAsync("exercise", "--json");

        // Then
        Assert.Equal(0, code);
        var exercises = JsonDocument.Parse(output).RootElement.GetProperty("exercises").EnumerateArray().ToList();
        Assert.True(exercises.Count >= 39);
        var daily = exercises.Single(e => e.GetProperty("id").GetString() == DailyUsers);
        Assert.Equal(["sql"], daily.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Should_Pass_A_Right_Attempt_From_A_File_And_Suggest_Good()
    {
        // Given: a file gives no solving time, so the suggestion stops at good.
        var file = _viva.Write("dau.sql", "SELECT date(ts), COUNT(DISTINCT user_id) FROM events GROUP BY 1 ORDER BY 1;");

        // When
        var (code, output, error) = await _viva.RunAsync("exercise", DailyUsers, "--file", file);

        // Then
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("✓ all 3 tests passed", output, StringComparison.Ordinal);
        Assert.Contains("Suggested rating: good", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("cs")]
    public async Task Should_Judge_A_CSharp_Attempt_At_An_Exercise_Offered_In_Python_And_CSharp(string? language)
    {
        // Given: without --lang, the file's C# is recognised although the exercise lists Python first
        var file = _viva.Write("Brackets.cs", """
            public static class Solution
            {
                public static bool IsBalanced(string s) => s.Length % 2 == 0;
            }
            """);

        // When
        var (code, output, _) = await _viva.RunAsync([
            "exercise", "dsa-exercise-balanced-brackets", "--file", file, "--json", .. language is null ? Array.Empty<string>() : ["--lang", language]]);

        // Then: a wrong attempt, judged in C#
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, code);
        Assert.Equal(("csharp", "failed"), (result.GetProperty("language").GetString(), result.GetProperty("status").GetString()));
        Assert.Contains(result.GetProperty("tests").EnumerateArray(), t => t.GetProperty("name").GetString() == "crossed" && !t.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Should_Show_Each_Failing_Test_With_Expected_And_Actual()
    {
        // Given
        var file = _viva.Write("dau.sql", "SELECT date(ts), COUNT(user_id) FROM events GROUP BY 1 ORDER BY 1;");

        // When
        var (code, output, _) = await _viva.RunAsync("exercise", DailyUsers, "--file", file);

        // Then
        Assert.Equal(1, code);
        Assert.Contains("✗ 1 of 3 tests passed", output, StringComparison.Ordinal);
        Assert.Contains("✗ four days of events", output, StringComparison.Ordinal);
        Assert.Contains("expected: [[\"2024-03-01\", 2], [\"2024-03-02\", 2], [\"2024-03-03\", 3], [\"2024-03-04\", 1]]", output, StringComparison.Ordinal);
        Assert.Contains("actual:   [[\"2024-03-01\", 3], [\"2024-03-02\", 3], [\"2024-03-03\", 3], [\"2024-03-04\", 2]]", output, StringComparison.Ordinal);
        Assert.Contains("Suggested rating: again", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Judge_An_Attempt_From_Standard_Input_With_The_Json_Contract()
    {
        // When
        var (code, output, _) = await _viva.RunWithInputAsync("DELETE FROM events;\n", "exercise", DailyUsers, "--json");

        // Then
        Assert.Equal(1, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            ["id", "language", "status", "passed", "total", "message", "elapsed_ms", "tests", "output", "suggested_rating"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rejected", json.GetProperty("status").GetString());
        Assert.Equal("again", json.GetProperty("suggested_rating").GetString());
    }

    [Fact]
    public async Task Should_Suggest_Easy_For_A_Fast_Right_Answer_And_Good_With_Hints()
    {
        // Given
        const string Right = "SELECT date(ts), COUNT(DISTINCT user_id) FROM events GROUP BY 1 ORDER BY 1;";

        // When
        var fast = await _viva.RunWithInputAsync(Right, "exercise", DailyUsers, "--json");
        var hinted = await _viva.RunWithInputAsync(Right, "exercise", DailyUsers, "--json", "--hints");

        // Then
        Assert.Equal("easy", JsonDocument.Parse(fast.Out).RootElement.GetProperty("suggested_rating").GetString());
        Assert.Equal("good", JsonDocument.Parse(hinted.Out).RootElement.GetProperty("suggested_rating").GetString());
    }

    [Fact]
    public async Task Should_Judge_What_Is_Saved_In_The_Editor_Opened_On_The_Starter_And_Fall_Back_To_Input_When_It_Fails()
    {
        // Given: an editor that completes the starter (SELECT / FROM events) in place, and one that exits with an error
        _viva.OpensEditor = true;
        _viva.Environment["EDITOR"] = "sed -i 's/^SELECT$/SELECT date(ts), COUNT(DISTINCT user_id)/; s/^FROM events$/FROM events GROUP BY 1 ORDER BY 1/'";

        // When: standard input holds a wrong attempt, which only the failed editor leads to
        var edited = await _viva.RunWithInputAsync("SELECT 1;", "exercise", DailyUsers, "--json");
        _viva.Environment["EDITOR"] = "false";
        var typed = await _viva.RunWithInputAsync("SELECT 1;", "exercise", DailyUsers, "--json");

        // Then
        Assert.Equal(0, edited.Code);
        Assert.Equal("passed", JsonDocument.Parse(edited.Out).RootElement.GetProperty("status").GetString());
        Assert.Equal(1, typed.Code);
        Assert.Equal("failed", JsonDocument.Parse(typed.Out).RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("no-such-exercise", null, 1, "viva: no-such-exercise: no question with this id")]
    [InlineData("l1-vs-l2-regularization", null, 1, "viva: l1-vs-l2-regularization: not an exercise")]
    [InlineData(DailyUsers, "python", 2, "viva: --lang python: sql-exercise-daily-active-users is offered in sql")]
    public async Task Should_Explain_In_One_Line_What_Cannot_Be_Judged(string id, string? language, int exit, string message)
    {
        // When
        var (code, _, error) = language is null
            ? await _viva.RunWithInputAsync("SELECT 1", "exercise", id)
            : await _viva.RunWithInputAsync("SELECT 1", "exercise", id, "--lang", language);

        // Then
        Assert.Equal(exit, code);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Refuse_A_Missing_File_And_An_Empty_Attempt()
    {
        // When
        var missing = await _viva.RunAsync("exercise", DailyUsers, "--file", Path.Combine(_viva.Home, "nope.sql"));
        var empty = await _viva.RunWithInputAsync("  \n", "exercise", DailyUsers);

        // Then
        Assert.Equal((1, $"viva: {Path.Combine(_viva.Home, "nope.sql")}: no such file\n"), (missing.Code, missing.Error.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.Equal((1, "viva: the attempt is empty; nothing to judge\n"), (empty.Code, empty.Error.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }
}
