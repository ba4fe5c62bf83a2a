using Microsoft.Data.Sqlite;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

/// <summary>
/// Rebuilds the <c>clusters</c> table (one row per distinct question) from the live questions, inside the
/// import's transaction, so the practice queue can pick new cards with one indexed query.
/// </summary>
internal static class ClusterIndex
{
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction)
    {
        var members = new List<ClusterMember>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = """
                SELECT q.cluster, q.id, q.source, q.topic, q.level, q.curated IS NOT NULL, d.owner
                FROM questions q LEFT JOIN documents d ON d.source = q.source WHERE q.retired = 0 ORDER BY q.seq
                """;
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                members.Add(new ClusterMember(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetBoolean(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        }

        string? askedIn;
        using (var setting = connection.CreateCommand())
        {
            setting.Transaction = transaction;
            setting.CommandText = $"SELECT value FROM settings WHERE key = '{StoredForms.CuratedAskedInKey}'";
            askedIn = setting.ExecuteScalar() as string;
        }

        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM clusters";
            clear.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO clusters (id, head, topic, level_rank, documents, shuffle) VALUES ($id, $head, $topic, $level, $documents, $shuffle)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var head = insert.Parameters.Add("$head", SqliteType.Text);
        var topic = insert.Parameters.Add("$topic", SqliteType.Text);
        var level = insert.Parameters.Add("$level", SqliteType.Integer);
        var documents = insert.Parameters.Add("$documents", SqliteType.Integer);
        var shuffle = insert.Parameters.Add("$shuffle", SqliteType.Integer);
        foreach (var row in ClusterRows.Build(members, askedIn))
        {
            id.Value = row.Id;
            head.Value = row.Head;
            topic.Value = row.Topic;
            level.Value = row.LevelRank;
            documents.Value = row.Documents;
            shuffle.Value = row.Shuffle;
            insert.ExecuteNonQuery();
        }
    }
}
