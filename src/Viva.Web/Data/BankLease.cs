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

    /// <summary>The borrowed store's accounts (server mode), through the port that other stores implement too.</summary>
    /// <remarks>Only the SQLite store keeps accounts in this version; the web app refuses server mode over any other.</remarks>
    public IAccountStore Accounts => Store as IAccountStore
        ?? throw new InvalidOperationException("accounts are kept by the SQLite store only; server mode needs a SQLite bank");

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
