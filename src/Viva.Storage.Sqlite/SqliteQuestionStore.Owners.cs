using Microsoft.Data.Sqlite;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore
{
    /// <summary>
    /// The account whose view of the bank this store gives (server mode): every read leaves out the questions of
    /// documents another account owns, and documents imported through this store belong to this account. Null is the
    /// shared view of a local installation: curated and unowned documents, which is all of them until accounts exist.
    /// </summary>
    public string? Viewer { get; set; }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> GetHiddenIdsAsync(CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT id FROM questions WHERE NOT (1{VisibleTo("questions")})";
        BindViewer(command);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return Task.FromResult<IReadOnlyList<string>>(ids);
    }

    /// <summary>
    /// The SQL condition (to follow a WHERE clause, starting with AND) that keeps the questions named
    /// <paramref name="alias"/> this store's <see cref="Viewer"/> may see; it needs <see cref="BindViewer"/>.
    /// </summary>
    internal static string VisibleTo(string alias) => ViewerScope.Questions(alias, '$');

    /// <summary>The condition on a cluster <paramref name="alias"/>: its head question is visible.</summary>
    private static string ClusterVisibleTo(string alias) => ViewerScope.Clusters(alias, '$');

    /// <summary>The condition on a document <paramref name="alias"/>: shared, or the viewer's own.</summary>
    private static string DocumentVisibleTo(string alias) => ViewerScope.Documents(alias, '$');

    private void BindViewer(SqliteCommand command) => command.Parameters.AddWithValue("$viewer", (object?)Viewer ?? DBNull.Value);

    // A minted id that happens to be another account's question (a short-hash collision) must not take it over.
    private void RefuseOthersQuestions(SqliteTransaction transaction, IEnumerable<string> ids)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT 1 FROM questions WHERE id = $id AND NOT (1{VisibleTo("questions")})";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        BindViewer(command);
        foreach (var each in ids)
        {
            id.Value = each;
            if (command.ExecuteScalar() is not null)
            {
                throw new StoreException($"question id {each} belongs to another account's document; nothing was stored");
            }
        }
    }
}
