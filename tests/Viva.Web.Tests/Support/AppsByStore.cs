using Viva.Storage.Tests.Support;

namespace Viva.Web.Tests.Support;

/// <summary>
/// One server-mode app per store, started when a test first asks for it and shared by the class's tests: a store
/// theory (<c>[Theory, SqliteStore, PostgresStore]</c>) runs each case against the app over that store. The PostgreSQL
/// case skips with the reason when no server is configured, as the store tests do.
/// </summary>
public sealed class AppsByStore<TApp> : IAsyncLifetime
    where TApp : AccountsAppFixture, new()
{
    private readonly Dictionary<string, Task<TApp>> _apps = [];
    private readonly Lock _lock = new();

    /// <summary>The app over <paramref name="store"/>, started on first use.</summary>
    public Task<TApp> ForAsync(string store)
    {
        lock (_lock)
        {
            if (!_apps.TryGetValue(store, out var app))
            {
                app = StartAsync(store);
                _apps[store] = app;
            }

            return app;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // One that failed to start failed its tests with the reason already.
        foreach (var app in _apps.Values.Where(app => app.IsCompletedSuccessfully))
        {
            await (await app).DisposeAsync();
        }
    }

    private static async Task<TApp> StartAsync(string store)
    {
        var app = new TApp { Store = store };
        await app.InitializeAsync();
        return app;
    }
}
