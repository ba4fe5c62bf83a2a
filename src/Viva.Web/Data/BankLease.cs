using Viva.Core.Storage;

namespace Viva.Web.Data;

/// <summary>A store borrowed from <see cref="BankPool"/> for one request.</summary>
public sealed class BankLease : IDisposable
{
    private readonly BankPool _pool;
    private IBankStore? _store;

    internal BankLease(BankPool pool, IBankStore store)
    {
        _pool = pool;
        _store = store;
    }

    /// <summary>The borrowed store: both the question bank and the review log.</summary>
    public IBankStore Store => _store ?? throw new ObjectDisposedException(nameof(BankLease));

    /// <summary>The borrowed store's accounts (server mode); both the SQLite and the PostgreSQL store keep them.</summary>
    public IAccountStore Accounts => Store as IAccountStore
        ?? throw new InvalidOperationException($"{Store.GetType().Name} keeps no accounts");

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
