using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Viva.Bench.Learners;

/// <summary>Every learner loops next card → submit until the time is up; the figures of all their requests.</summary>
internal sealed class LoadRun
{
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentBag<long> _acknowledged = [];
    private int _failed;
    private int _finishedEarly;

    /// <summary>Ids of the reviews the server answered 201 to.</summary>
    public IReadOnlyCollection<long> Acknowledged => _acknowledged;

    /// <summary>Requests that did not get the answer they should (an error status, a refused rating, a timeout).</summary>
    public int Failed => _failed;

    public static async Task<LoadRun> RunAsync(IReadOnlyList<HttpClient> learners, TimeSpan duration, bool sendVersion)
    {
        var run = new LoadRun();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(learners.Select(learner => Task.Run(() => run.LearnAsync(learner, clock, duration, sendVersion))));
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private TimeSpan Elapsed { get; set; }

    // One learner: a request starts only while time is left, and every one started is waited for, so each acknowledged
    // review is counted.
    private async Task LearnAsync(HttpClient client, Stopwatch clock, TimeSpan duration, bool sendVersion)
    {
        while (clock.Elapsed < duration)
        {
            var card = await TimedAsync(() => client.GetAsync("/api/practice/next"));
            if (card is null)
            {
                continue;
            }

            using var shown = JsonDocument.Parse(card);
            var next = shown.RootElement.GetProperty("card");
            if (next.ValueKind == JsonValueKind.Null)
            {
                // Nothing left to study today: this learner is done (counted, so a short run is not mistaken for a slow one).
                Interlocked.Increment(ref _finishedEarly);
                return;
            }

            var cardId = next.GetProperty("card_id").GetString();
            object review = sendVersion
                ? new { card_id = cardId, rating = 3, duration_ms = 4000, version = next.GetProperty("version").GetInt32() }
                : new { card_id = cardId, rating = 3, duration_ms = 4000 };
            var saved = await TimedAsync(() => client.PostAsJsonAsync("/api/reviews", review), HttpStatusCode.Created);
            if (saved is not null)
            {
                using var answer = JsonDocument.Parse(saved);
                _acknowledged.Add(answer.RootElement.GetProperty("id").GetInt64());
            }
        }
    }

    private async Task<string?> TimedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            _latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode == expected)
            {
                return body;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Counted below.
        }

        Interlocked.Increment(ref _failed);
        return null;
    }

    /// <summary>One line: requests/s, reviews/s, p50 and p99 latency, failures and acknowledged reviews.</summary>
    public string Summary(int learners, TimeSpan duration)
    {
        var sorted = _latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var seconds = Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"learners={learners} seconds={seconds:F1} requests={sorted.Length} rps={sorted.Length / seconds:F0} reviews_per_s={_acknowledged.Count / seconds:F0} " +
            $"p50_ms={Percentile(0.50):F1} p99_ms={Percentile(0.99):F1} failed={_failed} acknowledged={_acknowledged.Count} finished_early={_finishedEarly} target_s={duration.TotalSeconds:F0}");
    }
}
