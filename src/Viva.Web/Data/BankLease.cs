using Viva.Core.Storage;
using Viva.Storage.Sqlite;

namespace Viva.Web.Data;

/// <summary>A store borrowed from <see cref="BankPool"/> for one request.</summary>
public sealed class BankLease : IDisposable
{
    private readonly BankPool _pool;
    private SqliteQuestionStore? _store;

    internal BankLease(BankPool pool, SqliteQuestionStore store)
    {
        _pool = pool;
        _store = store;
    }

    /// <summary>The borrowed store: both the question bank and the review log.</summary>
    public SqliteQuestionStore Store => _store ?? throw new ObjectDisposedException(nameof(BankLease));

    /// <summary>The borrowed store's accounts (server mode), through the port that other stores implement too.</summary>
    public IAccountStore Accounts => Store;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_store is { } store)
        {
            _store = null;
            _pool.Return(store);
        }
    }
}
