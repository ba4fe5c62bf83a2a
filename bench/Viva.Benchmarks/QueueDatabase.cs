using Microsoft.Data.Sqlite;
using Viva.Storage.Sqlite;

namespace Viva.Benchmarks;

/// <summary>
/// A review database at scale: 100,000 cards, 1,000,000 logged reviews, about a tenth of the cards due today
/// and one in twenty still new. Built once into the temp folder and reused.
/// </summary>
public static class QueueDatabase
{
    public const int Cards = 100_000;
    public const int ReviewsPerCard = 10;

    public static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "viva-bench-queue-v1.db");

    public static string Ensure()
    {
        if (File.Exists(Path))
        {
            return Path;
        }

        var building = Path + ".building";
        File.Delete(building);
        using (SqliteQuestionStore.Open(building))
        {
        }

        using var connection = new SqliteConnection($"Data Source={building};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var random = new Random(42);
        using var cluster = Command(connection, transaction, "INSERT INTO clusters VALUES ($id, $id, $topic, $level, $documents, $shuffle)");
        using var card = Command(connection, transaction, """
            INSERT INTO cards VALUES ('local', $id, 2, 0, $s, 5.0, $due, $last, 10, 0, $days)
            """);
        using var review = Command(connection, transaction, """
            INSERT INTO reviews (user_id, card_id, reviewed_at, rating, elapsed_days, before_json, after_json, phase_before, interval_before, answer, score, duration_ms)
            VALUES ('local', $id, $at, 3, 5, '{}', '{}', 2, 5, NULL, NULL, 8000)
            """);
        var now = Now.ToUnixTimeMilliseconds();
        const long day = 86_400_000;
        for (var i = 0; i < Cards; i++)
        {
            var id = $"card-{i:D6}";
            Bind(cluster, ("$id", id), ("$topic", $"topic-{i % 40}"), ("$level", i % 4), ("$documents", random.Next(0, 6)), ("$shuffle", random.NextInt64()));
            cluster.ExecuteNonQuery();
            if (i % 20 == 0)
            {
                continue; // new
            }

            // A tenth due today or overdue, the rest spread over the next 300 days.
            var due = random.NextDouble() < 0.1 ? now - random.NextInt64(0, 30 * day) : now + random.NextInt64(day, 300 * day);
            var days = random.Next(1, 200);
            Bind(card, ("$id", id), ("$s", days * 1.1), ("$due", due), ("$last", due - days * day), ("$days", days));
            card.ExecuteNonQuery();
            for (var r = 0; r < ReviewsPerCard; r++)
            {
                Bind(review, ("$id", id), ("$at", now - random.NextInt64(0, 365 * day)));
                review.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        using (var analyse = connection.CreateCommand())
        {
            analyse.CommandText = "ANALYZE";
            analyse.ExecuteNonQuery();
        }

        connection.Close();
        File.Move(building, Path);
        return Path;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
