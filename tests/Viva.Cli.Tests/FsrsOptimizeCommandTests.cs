using System.Text.Json;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Storage.Sqlite;
using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary><c>viva fsrs optimize</c>: refuses a short log, fits and applies a better fit, and <c>viva stats</c> shows it.</summary>
public sealed class FsrsOptimizeCommandTests : IDisposable
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly VivaRunner _viva = new();

    public FsrsOptimizeCommandTests() => _viva.Clock = _clock;

    public void Dispose() => _viva.Dispose();

    // A year of practice by a learner whose memory is not the defaults', stored through the review service.
    private async Task PractiseAsync()
    {
        var truth = FsrsParameters.From([0.6, 2.0, 5.0, 14.0, .. FsrsParameters.Default.Weights.Skip(4).SkipLast(1), 0.3]);
        var folder = Path.Combine(_viva.Home, "data");
        Directory.CreateDirectory(folder);
        using var store = SqliteQuestionStore.Open(Path.Combine(folder, "viva.db"));
        var service = new ReviewService(store, new FsrsScheduler(new SchedulerOptions()), _clock);
        foreach (var review in SyntheticReviewLog.Generate(truth, cards: 300, days: 365, seed: 3).OrderBy(r => r.ReviewedAt))
        {
            _clock.Now = review.ReviewedAt;
            await service.AnswerAsync(review.CardId, review.Rating, AnswerDetails.None);
        }
    }

    [Fact]
    public async Task Should_Refuse_With_One_Line_When_There_Are_Too_Few_Reviews()
    {
        // When
        var (code, output, error) = await _viva.RunAsync("fsrs", "optimize");

        // Then
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("viva: fitting FSRS parameters needs at least 400 reviews; there are 0 so far\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Should_Fit_Compare_And_Apply_Then_Show_The_Advice_In_Stats()
    {
        // Given
        await PractiseAsync();

        // When
        var (code, output, error) = await _viva.RunAsync("fsrs", "optimize", "--json");

        // Then: the fit beats the defaults on the later reviews and is applied
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("default", json.GetProperty("before").GetProperty("parameters").GetString());
        Assert.True(json.GetProperty("after").GetProperty("log_loss").GetDouble() < json.GetProperty("before").GetProperty("log_loss").GetDouble());
        Assert.True(json.GetProperty("after").GetProperty("rmse_bins").GetDouble() < json.GetProperty("before").GetProperty("rmse_bins").GetDouble());
        Assert.True(json.GetProperty("applied").GetBoolean());
        Assert.Equal(21, json.GetProperty("parameters").GetArrayLength());
        Assert.InRange(json.GetProperty("recommended_retention").GetDouble(), 0.7, 0.95);
        Assert.Equal(json.GetProperty("held_out_reviews").GetInt32() + json.GetProperty("training_reviews").GetInt32(),
            (int)Math.Round(json.GetProperty("training_reviews").GetInt32() / 0.8));

        // And stats reports the fitted parameters and the advice
        var (statsCode, stats, _) = await _viva.RunAsync("stats", "--json");
        Assert.Equal(0, statsCode);
        var fsrs = JsonDocument.Parse(stats).RootElement.GetProperty("fsrs");
        Assert.Equal("fitted", fsrs.GetProperty("parameters").GetString());
        Assert.Equal(json.GetProperty("recommended_retention").GetDouble(), fsrs.GetProperty("recommended_retention").GetDouble());
        var (_, table, _) = await _viva.RunAsync("stats");
        Assert.Contains("Recommended desired retention:", table);

        // And a second run compares with the applied fit, in words for people
        var (againCode, again, _) = await _viva.RunAsync("fsrs", "optimize");
        Assert.Equal(0, againCode);
        Assert.Contains("In use (your last fit)", again);
        Assert.Contains("Log loss", again);
    }

    [Fact]
    public async Task Should_Count_Only_Cards_Started_Since_The_Date()
    {
        // Given
        await PractiseAsync();

        // When
        var (code, _, error) = await _viva.RunAsync("fsrs", "optimize", "--since", "2024-12-01");
        var (badCode, _, badError) = await _viva.RunAsync("fsrs", "optimize", "--since", "soon");

        // Then
        Assert.Equal(1, code);
        Assert.Contains("needs at least 400 reviews", error);
        Assert.Equal(2, badCode);
        Assert.Contains("--since: 'soon' is not a date", badError);
    }
}
