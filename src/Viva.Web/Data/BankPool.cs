using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Viva.Core.Storage;
using Viva.Storage.Postgres;
using Viva.Storage.Sqlite;
using Viva.Web.Hosting;

namespace Viva.Web.Data;

/// <summary>
/// Open connections to the bank, lent to one request at a time: a <see cref="SqliteQuestionStore"/> is not
/// thread-safe, and opening one per request would repeat the schema check every time. A PostgreSQL bank
/// (<c>--Viva:Database</c> or <c>VIVA_DB</c> holding a connection string) is one store shared by every request,
/// since it takes a pooled connection per call.
/// </summary>
public sealed class BankPool : IDisposable
{
    private readonly ConcurrentBag<IBankStore> _idle = [];
    private readonly PostgresQuestionStore? _server;
    private readonly string _path;
    private bool _disposed;

    /// <summary>Creates the pool over <c>viva.db</c> in the configured home folder.</summary>
    public BankPool(IOptions<VivaWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var database = options.Value.ResolvedDatabase();
        if (BankLocation.IsServer(database))
        {
            _path = database!;
            _server = PostgresQuestionStore.Open(database!);
            return;
        }

        var home = options.Value.ResolvedHome();
        Directory.CreateDirectory(home);
        _path = database is { Length: > 0 } file ? Path.GetFullPath(file) : Path.Combine(home, "viva.db");
    }

    /// <summary>The database file, or the PostgreSQL connection string.</summary>
    public string DatabasePath => _path;

    /// <summary>Lends a store; dispose the lease to give it back.</summary>
    /// <param name="viewer">
    /// The account whose view of the bank the store gives (server mode): its own documents and the shared ones. Null is
    /// the shared view of single-user mode.
    /// </param>
    public BankLease Rent(string? viewer = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_server is not null)
        {
            return new BankLease(this, _server.ForViewer(viewer));
        }

        var sqlite = _idle.TryTake(out var store) ? (SqliteQuestionStore)store : SqliteQuestionStore.Open(_path);
        sqlite.Viewer = viewer;
        return new BankLease(this, sqlite);
    }

    internal void Return(IBankStore store)
    {
        // A PostgreSQL view holds nothing of its own.
        if (store is PostgresQuestionStore)
        {
            return;
        }

        if (_disposed)
        {
            store.Dispose();
            return;
        }

        // The next request may be another account's.
        if (store is SqliteQuestionStore sqlite)
        {
            sqlite.Viewer = null;
        }

        _idle.Add(store);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _disposed = true;
        _server?.Dispose();
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}
