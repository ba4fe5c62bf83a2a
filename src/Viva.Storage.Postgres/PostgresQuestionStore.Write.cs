using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    /// <inheritdoc/>
    public async Task ApplyAsync(BankChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = changes.Timestamp.ToString("O", CultureInfo.InvariantCulture);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await RefuseOthersQuestionsAsync(connection, transaction, changes.Upserts.Select(u => u.Question.Id).Concat(changes.Retired), cancellationToken).ConfigureAwait(false);
        await using (var upsert = new NpgsqlCommand("""
            INSERT INTO questions (id, source, line, ordinal, text, answer, answer_quality, topic, level, code, curated, fingerprint, cluster, retired, added_at, updated_at)
            VALUES (@id, @source, @line, @ordinal, @text, @answer, @answer_quality, @topic, @level, @code, @curated, @fingerprint, @cluster, 0, @now, @now)
            ON CONFLICT (id) DO UPDATE SET
                source = excluded.source, line = excluded.line, ordinal = excluded.ordinal, text = excluded.text,
                answer = excluded.answer, answer_quality = excluded.answer_quality, topic = excluded.topic, level = excluded.level, code = excluded.code,
                curated = excluded.curated, fingerprint = excluded.fingerprint, cluster = excluded.cluster,
                retired = 0, updated_at = excluded.updated_at
            """, connection, transaction))
        {
            foreach (var stored in changes.Upserts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                PgRows.BindQuestion(upsert, stored, now);
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var (key, value) in changes.Settings)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", c =>
            {
                c.Parameters.AddWithValue("key", key);
                c.Parameters.AddWithValue("value", value);
            }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var id in changes.Retired)
        {
            await ExecuteAsync(connection, transaction, "UPDATE questions SET retired = 1, updated_at = @now WHERE id = @id", c =>
            {
                c.Parameters.AddWithValue("id", id);
                c.Parameters.AddWithValue("now", now);
            }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (id, cluster) in changes.Clusters)
        {
            await ExecuteAsync(connection, transaction, "UPDATE questions SET cluster = @cluster WHERE id = @id AND cluster <> @cluster", c =>
            {
                c.Parameters.AddWithValue("id", id);
                c.Parameters.AddWithValue("cluster", cluster);
            }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (source, hash) in changes.Documents)
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO documents (source, content_hash, imported_at, owner) VALUES (@source, @hash, @now, @viewer)
                ON CONFLICT (source) DO UPDATE SET content_hash = excluded.content_hash, imported_at = excluded.imported_at
                """, c =>
            {
                BindViewer(c);
                c.Parameters.AddWithValue("source", source);
                c.Parameters.AddWithValue("hash", hash);
                c.Parameters.AddWithValue("now", now);
            }, cancellationToken).ConfigureAwait(false);
        }

        await RebuildClustersAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO settings (key, value) VALUES ('{StoredForms.BankVersionKey}', '1')
            ON CONFLICT (key) DO UPDATE SET value = (settings.value::bigint + 1)::text
            """, _ => { }, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    // The cluster index (one row per distinct question), rebuilt inside the import's transaction as the SQLite bank does.
    private async Task RebuildClustersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var members = await QueryAsync(connection, transaction, """
            SELECT q.cluster, q.id, q.source, q.topic, q.level, q.curated IS NOT NULL, d.owner
            FROM questions q LEFT JOIN documents d ON d.source = q.source WHERE q.retired = 0 ORDER BY q.seq
            """, _ => { },
            r => new ClusterMember(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : r.GetString(6)),
            cancellationToken).ConfigureAwait(false);
        var askedIn = (await QueryAsync(connection, transaction, $"SELECT value FROM settings WHERE key = '{StoredForms.CuratedAskedInKey}'", _ => { }, r => r.GetString(0),
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        await ExecuteAsync(connection, transaction, "DELETE FROM clusters", _ => { }, cancellationToken).ConfigureAwait(false);
        var rows = ClusterRows.Build(members, askedIn);
        if (rows.Count == 0)
        {
            return;
        }

        // One statement for the whole index: arrays unnested server-side rather than a round trip per cluster.
        await ExecuteAsync(connection, transaction, """
            INSERT INTO clusters (id, head, topic, level_rank, documents, shuffle)
            SELECT * FROM unnest(@ids, @heads, @topics, @levels, @documents, @shuffles)
            """, c =>
        {
            c.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(r => r.Id).ToArray());
            c.Parameters.AddWithValue("heads", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(r => r.Head).ToArray());
            c.Parameters.AddWithValue("topics", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(r => r.Topic).ToArray());
            c.Parameters.AddWithValue("levels", NpgsqlDbType.Array | NpgsqlDbType.Integer, rows.Select(r => r.LevelRank).ToArray());
            c.Parameters.AddWithValue("documents", NpgsqlDbType.Array | NpgsqlDbType.Integer, rows.Select(r => r.Documents).ToArray());
            c.Parameters.AddWithValue("shuffles", NpgsqlDbType.Array | NpgsqlDbType.Bigint, rows.Select(r => r.Shuffle).ToArray());
        }, cancellationToken).ConfigureAwait(false);
    }
}
