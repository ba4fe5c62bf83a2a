using System.Runtime.InteropServices;
using Viva.Core.Semantics;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore : IEmbeddingStore
{
    private const string VersionKey = StoredForms.BankVersionKey;

    /// <inheritdoc/>
    public Task<string> GetQuestionsVersionAsync(CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT value FROM settings WHERE key = '{VersionKey}'";
        // Each account sees other questions, so an index built for one must never answer another's search.
        return Task.FromResult($"{_scope}#{command.ExecuteScalar() as string ?? "0"}@{Viewer}");
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<UInt128, float[]>> GetEmbeddingsAsync(string model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT text_hash, vector FROM embeddings WHERE model = $model";
        command.Parameters.AddWithValue("$model", model);
        using var reader = command.ExecuteReader();
        var vectors = new Dictionary<UInt128, float[]>();
        while (reader.Read())
        {
            var bytes = (byte[])reader.GetValue(1);

            // A vector whose length is not a whole number of floats is damaged; it is re-encoded rather than trusted.
            if (bytes.Length % sizeof(float) == 0)
            {
                vectors[TextHash.Read((byte[])reader.GetValue(0))] = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
            }
        }

        return Task.FromResult<IReadOnlyDictionary<UInt128, float[]>>(vectors);
    }

    /// <inheritdoc/>
    public Task SaveEmbeddingsAsync(string model, IReadOnlyDictionary<UInt128, float[]> vectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(vectors);
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO embeddings (model, text_hash, vector) VALUES ($model, $hash, $vector)";
        var modelParameter = command.Parameters.AddWithValue("$model", model);
        var hash = command.Parameters.Add("$hash", Microsoft.Data.Sqlite.SqliteType.Blob);
        var vector = command.Parameters.Add("$vector", Microsoft.Data.Sqlite.SqliteType.Blob);
        var key = new byte[TextHash.Size];
        foreach (var (text, values) in vectors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TextHash.Write(text, key);
            hash.Value = key;
            vector.Value = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return Task.CompletedTask;
    }
}
