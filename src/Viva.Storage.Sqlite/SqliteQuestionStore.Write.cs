using System.Globalization;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore
{
    /// <inheritdoc/>
    public Task ApplyAsync(Core.Storage.BankChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = changes.Timestamp.ToString("O", CultureInfo.InvariantCulture);
        using var transaction = _connection.BeginTransaction();
        RefuseOthersQuestions(transaction, changes.Upserts.Select(u => u.Question.Id).Concat(changes.Retired));
        using (var upsert = _connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO questions (id, source, line, ordinal, text, answer, answer_quality, topic, level, code, curated, fingerprint, cluster, retired, added_at, updated_at)
                VALUES ($id, $source, $line, $ordinal, $text, $answer, $answer_quality, $topic, $level, $code, $curated, $fingerprint, $cluster, 0, $now, $now)
                ON CONFLICT(id) DO UPDATE SET
                    source = excluded.source, line = excluded.line, ordinal = excluded.ordinal, text = excluded.text,
                    answer = excluded.answer, answer_quality = excluded.answer_quality, topic = excluded.topic, level = excluded.level, code = excluded.code,
                    curated = excluded.curated, fingerprint = excluded.fingerprint, cluster = excluded.cluster,
                    retired = 0, updated_at = excluded.updated_at
                """;
            foreach (var stored in changes.Upserts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                QuestionRow.Bind(upsert, stored, now);
                upsert.ExecuteNonQuery();
            }
        }

        Run(transaction, "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            changes.Settings.Select(s => new Dictionary<string, object> { ["$key"] = s.Key, ["$value"] = s.Value }));
        Run(transaction, "UPDATE questions SET retired = 1, updated_at = $now WHERE id = $id", changes.Retired.Select(id => new Dictionary<string, object> { ["$id"] = id, ["$now"] = now }));
        Run(transaction, "UPDATE questions SET cluster = $cluster WHERE id = $id AND cluster <> $cluster", changes.Clusters.Select(c => new Dictionary<string, object> { ["$id"] = c.Key, ["$cluster"] = c.Value }));
        Run(transaction, """
            INSERT INTO documents (source, content_hash, imported_at, owner) VALUES ($source, $hash, $now, $viewer)
            ON CONFLICT(source) DO UPDATE SET content_hash = excluded.content_hash, imported_at = excluded.imported_at
            """, changes.Documents.Select(d => new Dictionary<string, object> { ["$source"] = d.Source, ["$hash"] = d.ContentHash, ["$now"] = now, ["$viewer"] = (object?)Viewer ?? DBNull.Value }));
        ClusterIndex.Rebuild(_connection, transaction);
        Run(transaction, $"INSERT INTO settings (key, value) VALUES ('{VersionKey}', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1", [[]]);
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return Task.CompletedTask;
    }

    private void Run(Microsoft.Data.Sqlite.SqliteTransaction transaction, string sql, IEnumerable<Dictionary<string, object>> rows)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            foreach (var (name, value) in row)
            {
                command.Parameters.AddWithValue(name, value);
            }

            command.ExecuteNonQuery();
        }
    }
}
