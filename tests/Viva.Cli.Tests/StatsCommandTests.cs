using System.Text.Json;
using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary><c>viva stats</c> in the terminal: its charts, and what it says before there is anything to chart.</summary>
public sealed class StatsCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new() { Clock = new ManualClock(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero)) };

    public StatsCommandTests() => _viva.Environment["VIVA_ENCODER"] = "off";

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Before_any_review_the_charts_say_there_is_no_data_yet()
    {
        var (code, output, _) = await _viva.RunAsync("stats");

        Assert.Equal(0, code);
        Assert.Contains("No data yet: run viva practice and your reviews per day show here.", output);
        Assert.Contains("No data yet: cards you study are forecast here on the day they fall due.", output);
        Assert.Contains("Mean grade of typed answers: no data yet", output);
        Assert.DoesNotContain("│", output);
    }

    [Fact]
    public async Task After_a_graded_review_the_charts_and_the_grade_trend_show_it()
    {
        // Given: one card answered, graded and rated Good
        Assert.Equal(0, (await _viva.RunWithInputAsync("two pointers swap from both ends\n\n3\nq\n", "practice", "--new", "5")).Code);

        // When
        var (code, output, _) = await _viva.RunAsync("stats");
        var (_, json, _) = await _viva.RunAsync("stats", "--json");

        // Then: column charts of the last and next 30 days, and the mean grade
        Assert.Equal(0, code);
        Assert.Contains("Reviews per day (last 30 days, 1 in all)", output);
        Assert.Contains("Due forecast (next 30 days, 1 in all)", output);
        Assert.Matches(@"1 │[^\n]*█", output);
        Assert.Matches(@"Mean grade of typed answers: \d\.\d/5 over the last 7 days", output);
        var trend = JsonDocument.Parse(json).RootElement.GetProperty("grade_trend");
        Assert.Equal(30, trend.GetArrayLength());
        Assert.Equal("2026-12-05", trend[29].GetProperty("date").GetString());
        Assert.Equal(1, trend[29].GetProperty("answers").GetInt32());
        Assert.InRange(trend[29].GetProperty("mean").GetDouble(), 0, 5);
        Assert.Equal(JsonValueKind.Null, trend[0].GetProperty("mean").ValueKind);
    }
}
