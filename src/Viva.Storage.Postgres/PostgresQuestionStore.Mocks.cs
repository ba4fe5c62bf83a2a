using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Viva.Core.Mock;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    /// <inheritdoc/>
    public async Task<long> StartMockAsync(MockRecord mock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mock);
        return (await QueryAsync("""
            INSERT INTO mocks (user_id, started_at, track, level, seed, questions, minutes)
            VALUES (@user, @started, @track, @level, @seed, @questions, @minutes)
            RETURNING id
            """, c =>
        {
            c.Parameters.AddWithValue("user", mock.UserId);
            c.Parameters.AddWithValue("started", mock.StartedAt.ToUnixTimeMilliseconds());
            c.Parameters.AddWithValue("track", mock.Track);
            PgRows.Nullable(c, "level", NpgsqlDbType.Text, mock.Level);
            c.Parameters.AddWithValue("seed", mock.Seed);
            c.Parameters.AddWithValue("questions", mock.Questions);
            c.Parameters.AddWithValue("minutes", mock.Minutes);
        }, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc/>
    public async Task SaveMockAnswerAsync(long mockId, MockAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await ExecuteAsync("""
            INSERT INTO mock_answers (mock_id, position, card_id, area, question, follow_up_of, answer, score, covered_json, missed_json, reference, duration_ms)
            VALUES (@mock, @position, @card, @area, @question, @follow, @answer, @score, @covered, @missed, @reference, @duration)
            """, c =>
        {
            c.Parameters.AddWithValue("mock", mockId);
            c.Parameters.AddWithValue("position", answer.Position);
            c.Parameters.AddWithValue("card", answer.CardId);
            c.Parameters.AddWithValue("area", answer.Area);
            c.Parameters.AddWithValue("question", answer.Question);
            PgRows.Nullable(c, "follow", NpgsqlDbType.Integer, answer.FollowUpOf);
            c.Parameters.AddWithValue("answer", answer.Answer);
            PgRows.Nullable(c, "score", NpgsqlDbType.Double, answer.Score);
            c.Parameters.AddWithValue("covered", JsonSerializer.Serialize(answer.Covered));
            c.Parameters.AddWithValue("missed", JsonSerializer.Serialize(answer.Missed));
            PgRows.Nullable(c, "reference", NpgsqlDbType.Text, answer.Reference);
            c.Parameters.AddWithValue("duration", (long)answer.Duration.TotalMilliseconds);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task FinishMockAsync(long mockId, DateTimeOffset finishedAt, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE mocks SET finished_at = @finished WHERE id = @id", c =>
        {
            c.Parameters.AddWithValue("id", mockId);
            c.Parameters.AddWithValue("finished", finishedAt.ToUnixTimeMilliseconds());
        }, cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<MockRecord>> GetMocksAsync(string userId, CancellationToken cancellationToken = default) =>
        await ReadMocksAsync("user_id = @user ORDER BY id DESC", c => c.Parameters.AddWithValue("user", userId), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<MockRecord?> GetMockAsync(string userId, long mockId, CancellationToken cancellationToken = default) =>
        (await ReadMocksAsync("user_id = @user AND id = @id", c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("id", mockId);
        }, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    private async Task<List<MockRecord>> ReadMocksAsync(string where, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var mocks = await QueryAsync(connection, null, $"SELECT id, user_id, started_at, finished_at, track, level, seed, questions, minutes FROM mocks WHERE {where}", bind,
            r => new MockRecord(r.GetInt64(0), r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)),
                r.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)), r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), []), cancellationToken).ConfigureAwait(false);
        var list = new List<MockRecord>();
        foreach (var mock in mocks)
        {
            var answers = await QueryAsync(connection, null, """
                SELECT position, card_id, area, question, follow_up_of, answer, score, covered_json, missed_json, reference, duration_ms
                FROM mock_answers WHERE mock_id = @mock ORDER BY position
                """, c => c.Parameters.AddWithValue("mock", mock.Id),
                r => new MockAnswer(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetInt32(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetDouble(6),
                    JsonSerializer.Deserialize<List<string>>(r.GetString(7)) ?? [], JsonSerializer.Deserialize<List<string>>(r.GetString(8)) ?? [],
                    r.IsDBNull(9) ? null : r.GetString(9), TimeSpan.FromMilliseconds(r.GetInt64(10))), cancellationToken).ConfigureAwait(false);
            list.Add(mock with { Answers = answers });
        }

        return list;
    }
}
