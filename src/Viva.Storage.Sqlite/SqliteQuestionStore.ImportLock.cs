using System.Diagnostics;

using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore
{
    private static readonly TimeSpan ImportLockRetry = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan ImportLockPatience = TimeSpan.FromMinutes(10);

    // What .NET reports when another handle holds the file exclusively: the Windows sharing violation, or on Unix
    // the errno of a refused flock (EWOULDBLOCK, 11 on Linux and 35 on macOS).
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LinuxWouldBlock = 11;
    private const int MacWouldBlock = 35;

    // A private in-memory database has no file beside it, and no other connection can reach it.
    private readonly SemaphoreSlim _memoryImportLock = new(1, 1);

    /// <inheritdoc/>
    /// <remarks>
    /// The lock is a file beside the database opened for exclusive use, which the operating system releases
    /// even when the holder is killed. It is never deleted: a waiter could otherwise lock a file already unlinked
    /// while a third process creates and locks a new one. The database is not locked for the import's
    /// duration, so practice goes on while another process links.
    /// </remarks>
    /// <exception cref="StoreException">Another import held the bank for ten minutes.</exception>
    public async Task<IDisposable> LockImportsAsync(IProgress<string>? waiting = null, CancellationToken cancellationToken = default)
    {
        if (_scope.StartsWith(":memory:", StringComparison.Ordinal))
        {
            await _memoryImportLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new MemoryImportLock(_memoryImportLock);
        }

        var path = _scope + ".import-lock";
        var started = Stopwatch.GetTimestamp();
        var told = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException exception) when (exception.HResult is SharingViolation or LinuxWouldBlock or MacWouldBlock)
            {
                if (Stopwatch.GetElapsedTime(started) > ImportLockPatience)
                {
                    throw new StoreException($"{_scope}: another import has held the bank for {ImportLockPatience.TotalMinutes:0} minutes; try again when it ends", exception);
                }

                if (!told)
                {
                    waiting?.Report("waiting for another import into this bank to finish");
                    told = true;
                }

                await Task.Delay(ImportLockRetry, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"{path}: cannot lock the bank for an import: {exception.Message}", exception);
            }
        }
    }

    private sealed class MemoryImportLock(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
