using System.Globalization;
using Viva.Core.Text;

namespace Viva.Core.Storage;

/// <summary>One live question as the cluster index reads it.</summary>
/// <param name="Cluster">Its cluster id.</param>
/// <param name="Id">The question id.</param>
/// <param name="Source">Its document.</param>
/// <param name="TopicJson">Its topic headings, as stored (a JSON array).</param>
/// <param name="Level">Its level name, or null.</param>
/// <param name="Curated">True for a question of the curated bank.</param>
/// <param name="Owner">The account that imported its document; null for a shared one.</param>
public sealed record ClusterMember(string Cluster, string Id, string Source, string TopicJson, string? Level, bool Curated, string? Owner = null);

/// <summary>One row of the cluster index: what the practice queue orders new cards by.</summary>
/// <param name="Id">The cluster id (the card id).</param>
/// <param name="Head">The question shown: the curated one, else the first imported.</param>
/// <param name="Topic">The curated area, else the head's first topic, else its document.</param>
/// <param name="LevelRank">0 basic, 1 intermediate, 2 advanced, 3 unknown.</param>
/// <param name="Documents">
/// How many shared imported documents ask it (or the curated bank's sources, whichever is more). An account's own
/// documents are left out, so one account's imports never show in, or reorder, another's view; each store adds the
/// viewer's own when it reports the count (<see cref="ViewerScope.DocumentCount"/>).
/// </param>
/// <param name="Shuffle">A stable pseudo-random tie-break, so topics interleave.</param>
public sealed record ClusterRow(string Id, string Head, string Topic, int LevelRank, int Documents, long Shuffle);

/// <summary>
/// Builds the cluster index (one row per distinct question) from the live questions; each store rebuilds its
/// table from this inside the import's transaction.
/// </summary>
public static class ClusterRows
{
    /// <summary>The index of <paramref name="members"/> (oldest first); <paramref name="askedIn"/> is the <see cref="StoredForms.CuratedAskedInKey"/> setting.</summary>
    public static IReadOnlyList<ClusterRow> Build(IEnumerable<ClusterMember> members, string? askedIn)
    {
        ArgumentNullException.ThrowIfNull(members);
        var counts = AskedIn(askedIn);
        return [.. members.GroupBy(m => m.Cluster, StringComparer.Ordinal).Select(cluster =>
        {
            var first = cluster.FirstOrDefault(m => m.Curated) ?? cluster.First();
            var imported = cluster.Where(m => !m.Curated && m.Owner is null).Select(m => m.Source).Distinct(StringComparer.Ordinal).Count();
            return new ClusterRow(cluster.Key, first.Id, TopicOf(first), LevelRank(first.Level),
                Math.Max(imported, counts.GetValueOrDefault(first.Id)), (long)(StableHash.Of(cluster.Key) >> 1));
        })];
    }

    private static int LevelRank(string? level) => level switch { "basic" => 0, "intermediate" => 1, "advanced" => 2, _ => 3 };

    // How many of the documents the curated bank was written from ask each curated question (a setting the
    // embedded bank writes), so a fresh install still serves the most-asked questions first.
    private static Dictionary<string, int> AskedIn(string? setting)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in (setting ?? "").Split('\n'))
        {
            if (line.Split('\t') is [var id, var count] && int.TryParse(count, CultureInfo.InvariantCulture, out var n))
            {
                counts[id] = n;
            }
        }

        return counts;
    }

    /// <summary>Curated questions belong to their area (<c>content/&lt;area&gt;/…</c>); imported ones to their first topic heading.</summary>
    private static string TopicOf(ClusterMember member)
    {
        if (member.Curated && member.Source.Split('/') is [_, var area, ..])
        {
            return area;
        }

        var topics = StoredForms.FromJson<List<string>>(member.TopicJson) ?? [];
        return topics.Count > 0 ? topics[0] : Path.GetFileNameWithoutExtension(member.Source);
    }
}
