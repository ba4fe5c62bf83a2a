using System.Text.Json;
using Microsoft.Data.Sqlite;
using Viva.Core.Text;

namespace Viva.Storage.Sqlite;

/// <summary>
/// Rebuilds the <c>clusters</c> table (one row per distinct question) from the live questions, inside the
/// import's transaction, so the practice queue can pick new cards with one indexed query.
/// </summary>
internal static class ClusterIndex
{
    private sealed record Member(string Id, string Source, string Topic, string? Level, bool Curated);

    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction)
    {
        var clusters = new Dictionary<string, List<Member>>(StringComparer.Ordinal);
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT cluster, id, source, topic, level, curated IS NOT NULL FROM questions WHERE retired = 0 ORDER BY seq";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var key = reader.GetString(0);
                if (!clusters.TryGetValue(key, out var members))
                {
                    clusters[key] = members = [];
                }

                members.Add(new Member(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetBoolean(5)));
            }
        }

        var askedIn = AskedIn(connection, transaction);
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
        foreach (var (key, members) in clusters)
        {
            var first = members.FirstOrDefault(m => m.Curated) ?? members[0];
            id.Value = key;
            head.Value = first.Id;
            topic.Value = TopicOf(first);
            level.Value = first.Level switch { "basic" => 0, "intermediate" => 1, "advanced" => 2, _ => 3 };
            var imported = members.Where(m => !m.Curated).Select(m => m.Source).Distinct(StringComparer.Ordinal).Count();
            documents.Value = Math.Max(imported, askedIn.GetValueOrDefault(first.Id));
            shuffle.Value = Shuffle(key);
            insert.ExecuteNonQuery();
        }
    }

    // How many of the documents the curated bank was written from ask each curated question (a setting the
    // embedded bank writes), so a fresh install still serves the most-asked questions first.
    private static Dictionary<string, int> AskedIn(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT value FROM settings WHERE key = 'curated.asked-in'";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in (read.ExecuteScalar() as string ?? "").Split('\n'))
        {
            if (line.Split('\t') is [var id, var count] && int.TryParse(count, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                counts[id] = n;
            }
        }

        return counts;
    }

    /// <summary>Curated questions belong to their area (<c>content/&lt;area&gt;/…</c>); imported ones to their first topic heading.</summary>
    private static string TopicOf(Member member)
    {
        if (member.Curated && member.Source.Split('/') is [_, var area, ..])
        {
            return area;
        }

        var topics = JsonSerializer.Deserialize<List<string>>(member.Topic) ?? [];
        return topics.Count > 0 ? topics[0] : Path.GetFileNameWithoutExtension(member.Source);
    }

    private static long Shuffle(string key) => (long)(StableHash.Of(key) >> 1);
}
