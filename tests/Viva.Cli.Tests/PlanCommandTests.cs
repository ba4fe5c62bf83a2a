using System.Text.Json;
using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>Drives <c>viva plan</c> and the practice and stats it changes.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new() { Clock = new ManualClock(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero)) };

    public PlanCommandTests() => _viva.Environment["VIVA_ENCODER"] = "off";

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task An_interview_date_is_stored_shown_and_cleared()
    {
        var (code, output, error) = await _viva.RunAsync("plan", "--interview", "2027-01-15", "--minutes-per-day", "20");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Interview 2027-01-15 (in 41 days) · 20 minutes a day.", output);

        (_, output, _) = await _viva.RunAsync("plan", "--minutes-per-day", "40");
        Assert.Contains("Interview 2027-01-15 (in 41 days) · 40 minutes a day.", output);

        (_, output, _) = await _viva.RunAsync("plan", "--clear");
        Assert.Contains("Interview date cleared", output);
        (_, output, _) = await _viva.RunAsync("plan");
        Assert.Contains("No interview date set", output);
    }

    [Fact]
    public async Task Practice_fills_the_daily_minutes_by_recall_gained_on_the_day_and_stats_forecast_the_day()
    {
        await _viva.RunAsync("plan", "--interview", "2027-01-15", "--minutes-per-day", "20");

        // 20 minutes hold 13 new cards of 90 s, fewer than the 20 new cards allowed.
        var (code, output, _) = await _viva.RunWithInputAsync("\n3\nq\n", "practice", "--new", "20");
        Assert.Equal(0, code);
        Assert.Contains("0 learning · 0 due · 13 new", output);
        Assert.Contains("Interview 2027-01-15 in 41 days", output);

        (_, output, _) = await _viva.RunAsync("stats");
        Assert.Contains("Forecast for the interview on 2027-01-15", output);
        var (_, json, _) = await _viva.RunAsync("stats", "--json");
        var interview = JsonDocument.Parse(json).RootElement.GetProperty("interview");
        Assert.Equal("2027-01-15", interview.GetProperty("date").GetString());

        // The card studied today will have faded by the day, but not to nothing.
        var recall = interview.GetProperty("topics").EnumerateArray().Sum(t => t.GetProperty("mean_recall").GetDouble() * t.GetProperty("cards").GetInt32());
        Assert.InRange(recall, 0.05, 0.95);
    }

    [Fact]
    public async Task One_day_and_one_minute_are_said_in_the_singular()
    {
        var (_, output, _) = await _viva.RunAsync("plan", "--interview", "2026-12-07", "--minutes-per-day", "1");
        Assert.Contains("Interview 2026-12-07 (in 2 days) · 1 minute a day.", output);

        (_, output, _) = await _viva.RunAsync("plan", "--interview", "2026-12-06");
        Assert.Contains("Interview 2026-12-06 (tomorrow) · 1 minute a day.", output);

        (_, output, _) = await _viva.RunWithInputAsync("q\n", "practice");
        Assert.Contains("Interview 2026-12-06 in 1 day: ", output);
        Assert.Contains("within 1 minute today", output);
        Assert.DoesNotContain(" 1 days", output);
        Assert.DoesNotContain(" 1 minutes", output);
    }

    [Fact]
    public async Task Without_a_plan_stats_have_no_forecast_and_practice_its_usual_queue()
    {
        var (_, output, _) = await _viva.RunWithInputAsync("q\n", "practice", "--new", "20");
        Assert.Contains("0 learning · 0 due · 20 new", output);
        var (_, json, _) = await _viva.RunAsync("stats", "--json");
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(json).RootElement.GetProperty("interview").ValueKind);
    }

    [Theory]
    [InlineData("--interview", "2026-12-01")]
    [InlineData("--interview", "15/01/2027")]
    [InlineData("--minutes-per-day", "0")]
    [InlineData("--minutes-per-day", "30")]
    public async Task Wrong_dates_and_budgets_fail_with_one_line(params string[] args)
    {
        var (code, _, error) = await _viva.RunAsync(["plan", .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("viva: ", error);
    }
}
