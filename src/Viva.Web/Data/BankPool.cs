using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Viva.Storage.Sqlite;
using Viva.Web.Hosting;

namespace Viva.Web.Data;

/// <summary>
/// Open connections to the bank, lent to one request at a time: a <see cref="SqliteQuestionStore"/> is not
/// thread-safe, and opening one per request would repeat the schema check every time.
/// </summary>
public sealed class BankPool : IDisposable
{
    private readonly ConcurrentBag<SqliteQuestionStore> _idle = [];
    private readonly string _path;
    private bool _disposed;

    /// <summary>Creates the pool over <c>viva.db</c> in the configured home folder.</summary>
    public BankPool(IOptions<VivaWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var home = options.Value.ResolvedHome();
        Directory.CreateDirectory(home);
        _path = Path.Combine(home, "viva.db");
    }

    /// <summary>The database file.</summary>
    public string DatabasePath => _path;

    /// <summary>Lends a store; dispose the lease to give it back.</summary>
    public BankLease Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new BankLease(this, _idle.TryTake(out var store) ? store : SqliteQuestionStore.Open(_path));
    }

    internal void Return(SqliteQuestionStore store)
    {
        if (_disposed)
        {
            store.Dispose();
            return;
        }

        // The next request may be another account's.
        store.Viewer = null;
        _idle.Add(store);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}
