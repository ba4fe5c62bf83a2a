using System.Text.Json;
using Microsoft.Data.Sqlite;
using Viva.Core.Mock;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore : IMockStore
{
    /// <inheritdoc/>
    public Task<long> StartMockAsync(MockRecord mock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mock);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO mocks (user_id, started_at, track, level, seed, questions, minutes)
            VALUES ($user, $started, $track, $level, $seed, $questions, $minutes);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$user", mock.UserId);
        command.Parameters.AddWithValue("$started", mock.StartedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$track", mock.Track);
        command.Parameters.AddWithValue("$level", (object?)mock.Level ?? DBNull.Value);
        command.Parameters.AddWithValue("$seed", mock.Seed);
        command.Parameters.AddWithValue("$questions", mock.Questions);
        command.Parameters.AddWithValue("$minutes", mock.Minutes);
        return Task.FromResult((long)command.ExecuteScalar()!);
    }

    /// <inheritdoc/>
    public Task SaveMockAnswerAsync(long mockId, MockAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO mock_answers (mock_id, position, card_id, area, question, follow_up_of, answer, score, covered_json, missed_json, reference, duration_ms)
            VALUES ($mock, $position, $card, $area, $question, $follow, $answer, $score, $covered, $missed, $reference, $duration)
            """;
        command.Parameters.AddWithValue("$mock", mockId);
        command.Parameters.AddWithValue("$position", answer.Position);
        command.Parameters.AddWithValue("$card", answer.CardId);
        command.Parameters.AddWithValue("$area", answer.Area);
        command.Parameters.AddWithValue("$question", answer.Question);
        command.Parameters.AddWithValue("$follow", (object?)answer.FollowUpOf ?? DBNull.Value);
        command.Parameters.AddWithValue("$answer", answer.Answer);
        command.Parameters.AddWithValue("$score", (object?)answer.Score ?? DBNull.Value);
        command.Parameters.AddWithValue("$covered", JsonSerializer.Serialize(answer.Covered));
        command.Parameters.AddWithValue("$missed", JsonSerializer.Serialize(answer.Missed));
        command.Parameters.AddWithValue("$reference", (object?)answer.Reference ?? DBNull.Value);
        command.Parameters.AddWithValue("$duration", (long)answer.Duration.TotalMilliseconds);
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task FinishMockAsync(long mockId, DateTimeOffset finishedAt, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE mocks SET finished_at = $finished WHERE id = $id";
        command.Parameters.AddWithValue("$id", mockId);
        command.Parameters.AddWithValue("$finished", finishedAt.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<MockRecord>> GetMocksAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MockRecord>>(ReadMocks("user_id = $user ORDER BY id DESC", c => c.Parameters.AddWithValue("$user", userId)));

    /// <inheritdoc/>
    public Task<MockRecord?> GetMockAsync(string userId, long mockId, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadMocks("user_id = $user AND id = $id", c =>
        {
            c.Parameters.AddWithValue("$user", userId);
            c.Parameters.AddWithValue("$id", mockId);
        }).FirstOrDefault());

    private List<MockRecord> ReadMocks(string where, Action<SqliteCommand> bind)
    {
        var mocks = new List<MockRecord>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"SELECT id, user_id, started_at, finished_at, track, level, seed, questions, minutes FROM mocks WHERE {where}";
            bind(command);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                mocks.Add(new MockRecord(reader.GetInt64(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                    reader.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), []));
            }
        }

        return [.. mocks.Select(m => m with { Answers = ReadMockAnswers(m.Id) })];
    }

    private List<MockAnswer> ReadMockAnswers(long mockId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT position, card_id, area, question, follow_up_of, answer, score, covered_json, missed_json, reference, duration_ms
            FROM mock_answers WHERE mock_id = $mock ORDER BY position
            """;
        command.Parameters.AddWithValue("$mock", mockId);
        using var reader = command.ExecuteReader();
        var answers = new List<MockAnswer>();
        while (reader.Read())
        {
            answers.Add(new MockAnswer(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetDouble(6),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(7)) ?? [], JsonSerializer.Deserialize<List<string>>(reader.GetString(8)) ?? [],
                reader.IsDBNull(9) ? null : reader.GetString(9), TimeSpan.FromMilliseconds(reader.GetInt64(10))));
        }

        return answers;
    }
}
