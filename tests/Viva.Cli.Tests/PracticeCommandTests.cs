using System.Text.Json;
using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>Drives <c>viva practice</c>, <c>viva stats</c> and <c>viva fsrs simulate</c> in-process with scripted input.</summary>
public sealed class PracticeCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new() { Clock = new ManualClock(new DateTimeOffset(2026, 5, 4, 10, 0, 0, TimeSpan.Zero)) };

    public void Dispose() => _viva.Dispose();

    private async Task<JsonElement> StatsAsync()
    {
        var (code, output, _) = await _viva.RunAsync("stats", "--json");
        Assert.Equal(0, code);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public async Task A_first_run_starts_on_the_curated_bank_and_records_the_rating()
    {
        // When: answer the first card, rate it Good, then quit at the next one
        var (code, output, error) = await _viva.RunWithInputAsync("two pointers swap from both ends\n\n3\nq\n", "practice", "--new", "5");

        // Then
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("0 learning · 0 due · 5 new", output);
        Assert.Contains("Reference answer", output);
        Assert.Contains("Key points", output);
        Assert.Contains("1 Again 1m", output);
        Assert.Contains("✓ Good — next in 10m", output);
        Assert.Contains("Session done:", output);
        var stats = await StatsAsync();
        Assert.Equal(1, stats.GetProperty("today").GetProperty("done").GetInt32());
        Assert.Equal(1, stats.GetProperty("reviews_per_day")[29].GetProperty("reviews").GetInt32());
        Assert.Equal(1, stats.GetProperty("topics").EnumerateArray().Sum(t => t.GetProperty("studied").GetInt32()));
    }

    [Fact]
    public async Task A_typed_answer_is_graded_and_the_suggested_rating_is_taken_with_enter()
    {
        // When: a thorough answer to the first card (bias and variance), then Enter to accept the suggestion
        var answer = "Bias is the error from overly simple assumptions, so the model underfits; variance is sensitivity to the particular "
            + "training sample, so it overfits. Expected error is bias squared plus variance plus irreducible noise. More complexity "
            + "lowers bias and raises variance. More data, regularization and bagging reduce variance; boosting reduces bias.";
        var (code, output, _) = await _viva.RunWithInputAsync(answer + "\n\n\nq\n", "practice", "--new", "1");

        // Then
        Assert.Equal(0, code);
        Assert.Matches(@"Score \d(\.\d+)? / 5", output);
        Assert.Contains("✓ Expected error", output);
        Assert.Matches(@"Enter accepts (Good|Easy)", output);
        Assert.Matches(@"✓ (Good|Easy) — next in", output);
    }

    [Fact]
    public async Task Undo_takes_back_the_last_rating_and_shows_the_card_again()
    {
        // When: reveal and rate Easy, then undo at the next card, then quit
        var (code, output, _) = await _viva.RunWithInputAsync("\n4\nu\nq\n", "practice", "--new", "3");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("Undid Easy", output);
        Assert.Equal(0, (await StatsAsync()).GetProperty("today").GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task The_counter_counts_cards_once_through_learning_steps_and_gives_done_back_on_undo()
    {
        // When: rate the first card Again (it returns on a 1-minute step), rate the second Easy, meet the first again, undo, quit
        var (code, output, _) = await _viva.RunWithInputAsync("\n1\n\n4\nu\nq\n", "practice", "--new", "2");

        // Then: the total stays two cards; the returning card is not added, and the undo takes the done card back
        Assert.Equal(0, code);
        var counters = System.Text.RegularExpressions.Regex.Matches(output, @"(\d+) done · (\d+) left").Select(m => m.Value).ToList();
        Assert.Equal(["0 done · 2 left", "0 done · 2 left", "1 done · 1 left", "0 done · 2 left"], counters);
        Assert.Contains("Undid Easy", output);
    }

    [Fact]
    public async Task An_unknown_key_asks_again_and_end_of_input_ends_the_session_cleanly()
    {
        var (code, output, _) = await _viva.RunWithInputAsync("\n7\n2\n", "practice", "--new", "2");
        Assert.Equal(0, code);
        Assert.Contains("Press 1 (again), 2 (hard), 3 (good) or 4 (easy).", output);
        Assert.Contains("✓ Hard", output);
        Assert.Contains("Session done: 1 review of 1 card", output);
    }

    [Fact]
    public async Task Filters_narrow_the_queue_and_a_bad_limit_is_a_usage_error()
    {
        var (_, output, _) = await _viva.RunWithInputAsync("q\n", "practice", "--topic", "no-such-topic-anywhere");
        Assert.Contains("0 learning · 0 due · 0 new", output);
        var (code, _, error) = await _viva.RunAsync("practice", "--new", "-1");
        Assert.Equal(2, code);
        Assert.Contains("--new", error);
    }

    [Fact]
    public async Task Simulate_reproduces_the_long_term_reference_trajectory()
    {
        var (code, output, _) = await _viva.RunAsync("fsrs", "simulate", "--ratings", "good,good,good,good,good,good,again,again,3,3,3,3,3",
            "--long-term", "--start", "2022-11-29T12:30:00Z", "--json");
        Assert.Equal(0, code);
        var reviews = JsonDocument.Parse(output).RootElement.GetProperty("reviews").EnumerateArray().ToList();
        Assert.Equal([3, 14, 57, 196, 586, 1559, 10, 1, 3, 5, 9, 15, 25], reviews.Select(r => r.GetProperty("interval_days").GetInt32()));
        Assert.Equal("2022-11-29T12:30:00Z", reviews[0].GetProperty("time").GetString());
        Assert.Equal("2022-12-02T12:30:00Z", reviews[0].GetProperty("due").GetString());
        Assert.Equal("Review", reviews[0].GetProperty("state").GetString());
        Assert.Equal(2.3065, reviews[0].GetProperty("stability").GetDouble(), 4);
    }

    [Fact]
    public async Task Simulate_with_steps_starts_in_learning_and_rejects_bad_input()
    {
        var (code, output, _) = await _viva.RunAsync("fsrs", "simulate", "--ratings", "3,3", "--start", "2022-11-29T12:30:00Z", "--json");
        Assert.Equal(0, code);
        var first = JsonDocument.Parse(output).RootElement.GetProperty("reviews")[0];
        Assert.Equal(("Learning", 0, "2022-11-29T12:40:00Z"), (first.GetProperty("state").GetString(), first.GetProperty("interval_days").GetInt32(), first.GetProperty("due").GetString()));

        foreach (var args in new[] { new[] { "--ratings", "good,meh" }, ["--ratings", "3", "--steps", "10x"], ["--ratings", "3", "--retention", "1.5"], ["--ratings", "3", "--params", "1,2,3"] })
        {
            var (bad, _, error) = await _viva.RunAsync(["fsrs", "simulate", .. args]);
            Assert.Equal(2, bad);
            Assert.StartsWith("viva: ", error);
        }
    }
}
