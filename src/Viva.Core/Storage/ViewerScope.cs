namespace Viva.Core.Storage;

/// <summary>
/// Which rows one account's view of a shared bank holds, as SQL conditions that both stores run unchanged (SQLite and
/// PostgreSQL read them alike): a curated question, or a question of a shared document (no owner) or of the viewer's
/// own. Each condition starts with <c>AND</c>, to follow a <c>WHERE</c> clause, and reads the viewer from the
/// parameter <see cref="Parameter"/> written with the store's marker (<c>$</c> or <c>@</c>); a null
/// viewer is the shared view of a local installation, which leaves out every account's documents.
/// </summary>
public static class ViewerScope
{
    /// <summary>The parameter's name, without its marker.</summary>
    public const string Parameter = "viewer";

    /// <summary>The condition on a question <paramref name="alias"/>.</summary>
    public static string Questions(string alias, char marker) =>
        $" AND ({alias}.curated IS NOT NULL OR NOT EXISTS (SELECT 1 FROM documents owned WHERE owned.source = {alias}.source AND owned.owner IS NOT NULL AND owned.owner IS DISTINCT FROM {marker}{Parameter}))";

    /// <summary>The condition on a cluster <paramref name="alias"/>: its head question is visible.</summary>
    public static string Clusters(string alias, char marker) =>
        $" AND EXISTS (SELECT 1 FROM questions shown WHERE shown.id = {alias}.head{Questions("shown", marker)})";

    /// <summary>The condition on a document <paramref name="alias"/>: shared, or the viewer's own.</summary>
    public static string Documents(string alias, char marker) => $" AND ({alias}.owner IS NULL OR {alias}.owner = {marker}{Parameter})";

    /// <summary>
    /// How many documents ask the cluster <c>{marker}cluster</c>, as the viewer sees them: the index's count (shared
    /// documents only, or the curated bank's sources) or, when more, the imported documents among the viewer's
    /// questions, so another account's documents never add to it. One row, one column.
    /// </summary>
    public static string DocumentCount(char marker) => $"""
        SELECT max(n) FROM (
            SELECT documents AS n FROM clusters WHERE id = {marker}cluster
            UNION ALL
            SELECT count(DISTINCT q.source) AS n FROM questions q
            WHERE q.cluster = {marker}cluster AND q.retired = 0 AND q.curated IS NULL{Questions("q", marker)}
        ) counts
        """;
}
