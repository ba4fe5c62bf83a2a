using System.Globalization;
using System.Reflection;
using Npgsql;

namespace Viva.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL schema to the newest version by running the numbered scripts under <c>Schema/</c> in order, each
/// in its own transaction with the row of <c>schema_version</c> it sets, and refuses a schema written by a newer Viva.
/// Two processes starting at once take turns (an advisory lock), so each script runs once.
/// </summary>
public static class PostgresSchema
{
    private static readonly Assembly Assembly = typeof(PostgresSchema).Assembly;

    // The first key of every advisory lock Viva takes; the second names what is locked in which schema.
    internal const int LockSpace = 0x56495641;
    internal const string MigrationLock = "hashtext('migrate:' || current_schema())";

    /// <summary>The schema version this build writes.</summary>
    public static int LatestVersion => Scripts().Max(s => s.Version);

    /// <summary>Applies the missing migrations; returns the version the schema has afterwards.</summary>
    public static async Task<int> UpgradeAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockSpace}, {MigrationLock})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)", cancellationToken).ConfigureAwait(false);
            var current = await CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            if (current > LatestVersion)
            {
                throw new Core.Storage.StoreException($"{name}: database schema version {current} is newer than this Viva supports ({LatestVersion}); upgrade Viva");
            }

            foreach (var (version, resource) in Scripts().Where(s => s.Version > current).OrderBy(s => s.Version))
            {
                using var stream = Assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var sql = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (var command = new NpgsqlCommand(sql, connection, transaction))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using (var record = new NpgsqlCommand("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (@version)", connection, transaction))
                {
                    record.Parameters.AddWithValue("version", version);
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                current = version;
            }

            return current;
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockSpace}, {MigrationLock})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The version recorded in <c>schema_version</c>; 0 for an empty schema.</summary>
    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<(int Version, string Resource)> Scripts() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.Split('.')[^2].Split('_')[0], CultureInfo.InvariantCulture), Resource: n));
}
