using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Viva.Cli.Database;
using Viva.Core.Storage;

namespace Viva.Cli.Commands;

/// <summary>
/// <c>viva db migrate [--db D]</c> and <c>viva db copy --from A --to B [--replace]</c>: bring a bank's schema up to date,
/// and move a whole bank between a SQLite file and a PostgreSQL database (either way) with counts and checksums checked.
/// </summary>
public static class DbCommand
{
    private const string DatabaseHelp = "a SQLite file, or a PostgreSQL connection string (\"Host=…;Database=…;Username=…\")";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("db", "Manage where the bank is stored: schema upgrades, and copying a bank between SQLite and PostgreSQL");
        command.Subcommands.Add(Migrate(context));
        command.Subcommands.Add(Copy(context));
        return command;
    }

    private static Command Migrate(CliContext context)
    {
        var database = new Option<string?>("--db") { Description = $"The bank: {DatabaseHelp} (default: VIVA_DB, else viva.db in VIVA_HOME)" };
        var command = new Command("migrate", "Apply the missing schema upgrades to the bank and print its schema version") { database };
        command.SetAction(async (result, token) =>
        {
            var location = result.GetValue(database) ?? context.Database;
            using (await CliContext.OpenStoreAsync(location, token).ConfigureAwait(false))
            {
            }

            await using var connection = await ConnectAsync(location, token).ConfigureAwait(false);
            await using var version = connection.CreateCommand();
            version.CommandText = connection is NpgsqlConnection ? "SELECT coalesce(max(version), 0) FROM schema_version" : "PRAGMA user_version";
            var number = Convert.ToInt32(await version.ExecuteScalarAsync(token).ConfigureAwait(false), CultureInfo.InvariantCulture);
            await context.Out.WriteLineAsync($"{Describe(location)}: schema version {number}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Copy(CliContext context)
    {
        var from = new Option<string>("--from") { Description = $"The bank to copy: {DatabaseHelp}", Required = true };
        var to = new Option<string>("--to") { Description = $"Where to copy it: {DatabaseHelp}; created and upgraded as needed", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Empty a target that already holds a bank before copying (otherwise it is refused)" };
        var command = new Command("copy", """
            Copy a whole bank (questions, documents, clusters, embeddings, cards, the review log, mocks, FSRS fits, plans and
            settings) from one database into another, SQLite to PostgreSQL or back, keeping every id, in one transaction.
            Prints each table's row count and checksum on both sides; exit 1 if any differ.
            """) { from, to, replace };
        command.SetAction(async (result, token) =>
        {
            var source = result.GetValue(from)!;
            var target = result.GetValue(to)!;
            if (!BankLocation.IsServer(source) && !File.Exists(source))
            {
                context.WriteError($"{source}: no such bank (a SQLite file, or a PostgreSQL connection string with Host=)");
                return ExitCodes.InputFailed;
            }

            if (string.Equals(source, target, StringComparison.Ordinal)
                || (!BankLocation.IsServer(source) && !BankLocation.IsServer(target) && Path.GetFullPath(source) == Path.GetFullPath(target)))
            {
                context.WriteError("--to: is the same bank as --from");
                return ExitCodes.Usage;
            }

            // Opening each store brings its schema up to date first, so both sides have every table.
            using (await CliContext.OpenStoreAsync(source, token).ConfigureAwait(false))
            using (await CliContext.OpenStoreAsync(target, token).ConfigureAwait(false))
            {
            }

            await using var reading = await ConnectAsync(source, token).ConfigureAwait(false);
            await using var writing = await ConnectAsync(target, token).ConfigureAwait(false);
            var occupied = await BankCopier.NonEmptyTablesAsync(writing, token).ConfigureAwait(false);
            if (occupied.Count > 0 && !result.GetValue(replace))
            {
                context.WriteError($"{Describe(target)}: already holds a bank ({string.Join(", ", occupied)}); copy into an empty one, or pass --replace to overwrite it");
                return ExitCodes.InputFailed;
            }

            IReadOnlyList<TableCopy> copies;
            try
            {
                copies = await BankCopier.CopyAsync(reading, writing, replace: occupied.Count > 0, token).ConfigureAwait(false);
            }
            catch (DbException exception)
            {
                context.WriteError($"{Describe(target)}: the copy failed and nothing was stored: {exception.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.InputFailed;
            }

            await context.Out.WriteLineAsync($"{Describe(source)} -> {Describe(target)}").ConfigureAwait(false);
            await context.Out.WriteLineAsync($"{"table",-16} {"rows",8} {"copied",8}  checksum").ConfigureAwait(false);
            foreach (var copy in copies)
            {
                var checksum = copy.SourceChecksum == copy.TargetChecksum ? copy.SourceChecksum[..16] : $"{copy.SourceChecksum[..16]} != {copy.TargetChecksum[..16]}";
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{copy.Table,-16} {copy.SourceRows,8} {copy.TargetRows,8}  {checksum}{(copy.Matches ? "" : "  MISMATCH")}")).ConfigureAwait(false);
            }

            var bad = copies.Where(c => !c.Matches).Select(c => c.Table).ToList();
            if (bad.Count > 0)
            {
                context.WriteError($"{Describe(target)}: the copy differs from the source in {string.Join(", ", bad)}");
                return ExitCodes.InputFailed;
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"copied {copies.Sum(c => c.SourceRows)} rows in {copies.Count} tables; every count and checksum matches")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<DbConnection> ConnectAsync(string location, CancellationToken token)
    {
        DbConnection connection = BankLocation.IsServer(location)
            ? new NpgsqlConnection(location)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = location, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(token).ConfigureAwait(false);
            return connection;
        }
        catch (DbException exception)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"{Describe(location)}: cannot open the database: {exception.Message.ReplaceLineEndings(" ")}", exception);
        }
    }

    // A connection string is shown without its password.
    private static string Describe(string location)
    {
        if (!BankLocation.IsServer(location))
        {
            return location;
        }

        var builder = new NpgsqlConnectionStringBuilder(location);
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}{(string.IsNullOrEmpty(builder.SearchPath) ? "" : "?schema=" + builder.SearchPath)}";
    }
}
