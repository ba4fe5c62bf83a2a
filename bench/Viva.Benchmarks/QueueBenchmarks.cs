using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Viva.Core.Scheduling;
using Viva.Core.Storage;
using Viva.Storage.Sqlite;

namespace Viva.Benchmarks;

/// <summary>Building today's queue over 100,000 cards and 1,000,000 reviews, against a bare indexed SELECT of the due cards.</summary>
[MemoryDiagnoser]
public class QueueBenchmarks
{
    private SqliteQuestionStore _store = null!;
    private SqliteConnection _bare = null!;
    private ReviewService _reviews = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = QueueDatabase.Ensure();
        _store = SqliteQuestionStore.Open(path);
        _bare = new SqliteConnection($"Data Source={path};Pooling=False");
        _bare.Open();
        _reviews = new ReviewService(_store, new FsrsScheduler(new SchedulerOptions()), new FixedClock(QueueDatabase.Now));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _bare.Dispose();
    }

    /// <summary>The floor: read every due card's row through the due index.</summary>
    [Benchmark(Baseline = true)]
    public int BareDueSelect()
    {
        using var command = _bare.CreateCommand();
        command.CommandText = """
            SELECT card_id, phase, step, stability, difficulty, due, last_review, reps, lapses, scheduled_days
            FROM cards WHERE user_id = 'local' AND due < $before AND phase <> 0
            """;
        command.Parameters.AddWithValue("$before", QueueDatabase.Now.AddHours(16).ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            _ = (reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9));
            count++;
        }

        return count;
    }

    /// <summary>Today's queue: due cards ordered by recall probability, plus the new cards allowed today.</summary>
    [Benchmark]
    public int BuildQueue() => _reviews.BuildQueueAsync(20, new QuestionFilter()).GetAwaiter().GetResult().Count;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
