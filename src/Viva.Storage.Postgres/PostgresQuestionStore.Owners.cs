using Npgsql;
using NpgsqlTypes;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    /// <summary>
    /// The account whose view of the bank this store gives (see <see cref="ForViewer"/>); null is the shared view of a
    /// single-user installation: curated and unowned documents, which is all of them until accounts exist.
    /// </summary>
    public string? Viewer { get; private init; }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> GetHiddenIdsAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT id FROM questions WHERE NOT (TRUE{VisibleTo("questions")})", _ => { }, r => r.GetString(0), cancellationToken).ConfigureAwait(false);

    /// <summary>The condition (after WHERE, starting with AND) that keeps the questions <paramref name="alias"/> the viewer may see.</summary>
    private static string VisibleTo(string alias) => ViewerScope.Questions(alias, '@');

    private void BindViewer(NpgsqlCommand command) =>
        command.Parameters.Add(new NpgsqlParameter(ViewerScope.Parameter, NpgsqlDbType.Text) { Value = (object?)Viewer ?? DBNull.Value });

    // A minted id that happens to be another account's question (a short-hash collision) must not take it over.
    private async Task RefuseOthersQuestionsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var taken = await QueryAsync(connection, transaction, $"SELECT id FROM questions WHERE id = ANY(@ids) AND NOT (TRUE{VisibleTo("questions")})",
            c => c.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, ids.ToArray()), r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        if (taken.Count > 0)
        {
            throw new StoreException($"question id {taken[0]} belongs to another account's document; nothing was stored");
        }
    }
}
