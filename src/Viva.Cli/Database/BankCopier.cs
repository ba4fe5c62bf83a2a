using System.Data.Common;
using Npgsql;

namespace Viva.Cli.Database;

/// <summary>What one table looked like on both sides of a copy.</summary>
internal sealed record TableCopy(string Table, int SourceRows, string SourceChecksum, int TargetRows, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>
/// Copies every table of one bank into another (SQLite or PostgreSQL, either way) in one transaction on the target,
/// keeping ids, then reads the target back and compares row counts and checksums table by table.
/// </summary>
internal static class BankCopier
{
    /// <summary>Tables of <paramref name="target"/> that hold rows.</summary>
    public static async Task<IReadOnlyList<string>> NonEmptyTablesAsync(DbConnection target, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        foreach (var table in BankTables.All)
        {
            await using var command = target.CreateCommand();
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {table.Name})";
            if (Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture))
            {
                tables.Add(table.Name);
            }
        }

        return tables;
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>, first emptying it when <paramref name="replace"/>.</summary>
    public static async Task<IReadOnlyList<TableCopy>> CopyAsync(DbConnection source, DbConnection target, bool replace, CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, TableChecksum>();
        await using (var transaction = await target.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            if (replace)
            {
                foreach (var table in BankTables.All.Reverse())
                {
                    await ExecuteAsync(target, transaction, $"DELETE FROM {table.Name}", cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var table in BankTables.All)
            {
                read[table.Name] = await CopyTableAsync(source, target, transaction, table, cancellationToken).ConfigureAwait(false);
                if (target is NpgsqlConnection && table.Identity is { } identity)
                {
                    // Rows keep their ids; the next id PostgreSQL hands out must come after them.
                    await ExecuteAsync(target, transaction, $"""
                        SELECT setval(pg_get_serial_sequence('{table.Name}', '{identity}'), coalesce((SELECT max({identity}) FROM {table.Name}), 0) + 1, false)
                        """, cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var copies = new List<TableCopy>();
        foreach (var table in BankTables.All)
        {
            var written = await ChecksumAsync(target, table, cancellationToken).ConfigureAwait(false);
            copies.Add(new TableCopy(table.Name, read[table.Name].Rows, read[table.Name].Digest(), written.Rows, written.Digest()));
        }

        return copies;
    }

    /// <summary>The row count and checksum of one table.</summary>
    public static async Task<TableChecksum> ChecksumAsync(DbConnection connection, BankTable table, CancellationToken cancellationToken)
    {
        var checksum = new TableChecksum();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", table.Columns)} FROM {table.Name}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            checksum.Add(reader);
        }

        return checksum;
    }

    private static async Task<TableChecksum> CopyTableAsync(DbConnection source, DbConnection target, DbTransaction transaction, BankTable table,
        CancellationToken cancellationToken)
    {
        var checksum = new TableChecksum();
        await using var select = source.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", table.Columns)} FROM {table.Name}";
        await using var insert = target.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";
        var parameters = table.Columns.Select((_, i) =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = $"p{i}";
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            checksum.Add(reader);
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = reader.IsDBNull(i) ? DBNull.Value : reader.GetValue(i);
            }

            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return checksum;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
