using System.Runtime.InteropServices;
using Npgsql;
using NpgsqlTypes;
using Viva.Core.Semantics;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    /// <inheritdoc/>
    /// <remarks>Each account sees other questions, so an index built for one must never answer another's search.</remarks>
    public async Task<string> GetQuestionsVersionAsync(CancellationToken cancellationToken = default) =>
        $"{_scope}#{await GetSettingAsync(StoredForms.BankVersionKey, cancellationToken).ConfigureAwait(false) ?? "0"}@{Viewer}";

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<UInt128, float[]>> GetEmbeddingsAsync(string model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rows = await QueryAsync("SELECT text_hash, vector FROM embeddings WHERE model = @model", c => c.Parameters.AddWithValue("model", model),
            r => (Hash: (byte[])r.GetValue(0), Vector: (byte[])r.GetValue(1)), cancellationToken).ConfigureAwait(false);
        var vectors = new Dictionary<UInt128, float[]>();

        // A vector whose length is not a whole number of floats is damaged; it is re-encoded rather than trusted.
        foreach (var (hash, bytes) in rows.Where(r => r.Vector.Length % sizeof(float) == 0))
        {
            vectors[TextHash.Read(hash)] = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        }

        return vectors;
    }

    /// <inheritdoc/>
    public async Task SaveEmbeddingsAsync(string model, IReadOnlyDictionary<UInt128, float[]> vectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(vectors);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "INSERT INTO embeddings (model, text_hash, vector) VALUES (@model, @hash, @vector) ON CONFLICT (model, text_hash) DO UPDATE SET vector = excluded.vector",
            connection, transaction);
        command.Parameters.AddWithValue("model", model);
        var hash = command.Parameters.Add("hash", NpgsqlDbType.Bytea);
        var vector = command.Parameters.Add("vector", NpgsqlDbType.Bytea);
        foreach (var (text, values) in vectors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = new byte[TextHash.Size];
            TextHash.Write(text, key);
            hash.Value = key;
            vector.Value = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
