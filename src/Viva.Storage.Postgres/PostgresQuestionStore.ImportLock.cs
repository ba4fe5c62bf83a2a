using System.Diagnostics;
using Npgsql;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    private const string ImportLockKey = "hashtext('import:' || current_schema())";
    private static readonly TimeSpan ImportLockRetry = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan ImportLockPatience = TimeSpan.FromMinutes(10);

    /// <inheritdoc/>
    /// <remarks>
    /// A session-level advisory lock on a connection kept open until the result is disposed: every process using this
    /// database and schema (CLI or web) waits on the same lock, and the server releases it when the holder's connection
    /// ends, even if the holder is killed.
    /// </remarks>
    /// <exception cref="StoreException">Another import held the bank for ten minutes.</exception>
    public async Task<IDisposable> LockImportsAsync(IProgress<string>? waiting = null, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var told = false;
            await using var attempt = new NpgsqlCommand($"SELECT pg_try_advisory_lock({PostgresSchema.LockSpace}, {ImportLockKey})", connection);
            while (!(bool)(await attempt.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                if (Stopwatch.GetElapsedTime(started) > ImportLockPatience)
                {
                    throw new StoreException($"{_scope}: another import has held the bank for {ImportLockPatience.TotalMinutes:0} minutes; try again when it ends");
                }

                if (!told)
                {
                    waiting?.Report("waiting for another import into this bank to finish");
                    told = true;
                }

                await Task.Delay(ImportLockRetry, cancellationToken).ConfigureAwait(false);
            }

            return new AdvisoryLock(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgresSchema.LockSpace}, {ImportLockKey})", connection);
                unlock.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the server released the lock with it.
            }
            finally
            {
                connection.Dispose();
            }
        }
    }
}
