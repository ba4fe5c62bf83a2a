using System.Text.Json;
using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>"I was right" / "I was wrong" in <c>viva practice</c> (piped input) and <c>viva grade --disagreements</c>.</summary>
public sealed class GradeOverrideCommandTests : IDisposable
{
    private const string VagueAnswer = "I am not sure, something about the data.";

    private readonly VivaRunner _viva = new() { Clock = new ManualClock(new DateTimeOffset(2026, 5, 4, 10, 0, 0, TimeSpan.Zero)) };

    public void Dispose() => _viva.Dispose();

    private async Task<List<JsonElement>> DisagreementsAsync(params string[] options)
    {
        var (code, output, error) = await _viva.RunAsync(["grade", "--disagreements", "--json", .. options]);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        return [.. JsonDocument.Parse(output).RootElement.GetProperty("disagreements").EnumerateArray()];
    }

    [Fact]
    public async Task Should_Store_The_Verdicts_Given_In_Practice_And_List_Them()
    {
        // When: a vague answer overruled with r and Enter, then another with w and 3, then quit
        var (code, output, error) = await _viva.RunWithInputAsync(
            $"{VagueAnswer}\n\nr\n\n{VagueAnswer}\n\nw\n3\nq\n", "practice", "--new", "5");

        // Then: the legend offers the keys, the verdict lifts the suggestion to Good, and both ratings note it
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("r I was right · w I was wrong", output);
        Assert.Contains("Noted: I was right (the grade was too low)", output);
        Assert.Contains("Enter now accepts Good", output);
        Assert.Contains("✓ Good — next in 10m · “I was right” noted", output);
        Assert.Contains("Noted: I was wrong (the grade was too high)", output);
        Assert.Contains("“I was wrong” noted", output);

        var rows = await DisagreementsAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(["id", "question", "graded", "right", "wrong"], r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.Contains(r.GetProperty("question").GetString()!, output));
        Assert.Equal([(1, 1, 0), (1, 0, 1)], rows
            .Select(r => (r.GetProperty("graded").GetInt32(), r.GetProperty("right").GetInt32(), r.GetProperty("wrong").GetInt32()))
            .OrderByDescending(r => r.Item2));
        Assert.Single(await DisagreementsAsync("--limit", "1"));

        // And the table for people
        var (tableCode, table, _) = await _viva.RunAsync("grade", "--disagreements");
        Assert.Equal(0, tableCode);
        Assert.Contains("I was right", table);
        Assert.Contains("100%", table);
        Assert.Contains(rows[0].GetProperty("id").GetString()!, table);
    }

    [Fact]
    public async Task Should_Take_The_Verdict_Back_With_The_Same_Key_Or_With_Undo()
    {
        // When: r twice (taken back) then Enter; next card r, Enter, then undo it and quit
        var (code, output, _) = await _viva.RunWithInputAsync(
            $"{VagueAnswer}\n\nr\nr\n\n{VagueAnswer}\n\nr\n\nu\nq\n", "practice", "--new", "5");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("Verdict taken back.", output);
        Assert.Contains("Undid Good", output);
        Assert.Empty(await DisagreementsAsync());
    }

    [Fact]
    public async Task Should_Refuse_A_Verdict_When_Nothing_Was_Graded()
    {
        // When: Enter alone reveals the answer, so there is no grade; r is refused and the rating is stored without one
        var (code, output, _) = await _viva.RunWithInputAsync("\nr\n2\nq\n", "practice", "--new", "2");

        // Then
        Assert.Equal(0, code);
        Assert.DoesNotContain("r I was right", output);
        Assert.Contains("Nothing was graded, so there is no grade to overrule.", output);
        Assert.Contains("✓ Hard", output);
        Assert.Empty(await DisagreementsAsync());
    }

    [Fact]
    public async Task Should_Say_So_On_A_Fresh_Home()
    {
        // When
        var (code, output, error) = await _viva.RunAsync("grade", "--disagreements");

        // Then
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("No overrides yet", output);
    }

    [Theory]
    [InlineData(new[] { "--batch", "b.tsv" }, "--disagreements lists overruled grades on its own")]
    [InlineData(new[] { "--question", "x" }, "--disagreements lists overruled grades on its own")]
    [InlineData(new[] { "--question", "x", "--answer-file", "a.txt" }, "leave out --question, --answer-file and --batch")]
    [InlineData(new[] { "--limit", "0" }, "--limit: must be 1 or more")]
    public async Task Should_Exit_2_With_One_Line_When_Combined_With_Grading(string[] options, string message)
    {
        // When
        var (code, output, error) = await _viva.RunAsync(["grade", "--disagreements", .. options]);

        // Then
        Assert.Equal(2, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("viva: ", line);
        Assert.Contains(message, line);
    }
}
