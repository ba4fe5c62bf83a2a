using Microsoft.Extensions.Options;
using Viva.Core.Accounts;
using Viva.Web.Data;
using Viva.Web.Hosting;

namespace Viva.Web.Accounts;

/// <summary>
/// The one-time token that creates the first admin of a server: made at startup while no account exists, printed
/// once with the setup link, kept in memory only and gone once used (a restart makes a new one while still needed).
/// </summary>
public sealed class SetupToken(BankPool pool, IOptions<VivaWebOptions> options, ILogger<SetupToken> logger) : IHostedService
{
    private string? _token;

    /// <summary>The token, while the server still has no account; for tests and the setup page.</summary>
    public string? Current => Volatile.Read(ref _token);

    /// <summary>True when <paramref name="token"/> is the current one (compared in constant time).</summary>
    public bool Matches(string? token) =>
        Current is { } current && token is not null
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(Secrets.Hash(current)), System.Text.Encoding.UTF8.GetBytes(Secrets.Hash(token)));

    /// <summary>Forgets the token once the admin exists.</summary>
    public void Consume() => Volatile.Write(ref _token, null);

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Accounts)
        {
            return;
        }

        using var lease = pool.Rent();
        if (await lease.Accounts.CountUsersAsync(cancellationToken) > 0)
        {
            return;
        }

        _token = Secrets.NewToken("setup_");
        var url = $"{options.Value.PublicUrl.TrimEnd('/')}/account/setup?token={_token}";
        logger.LogWarning("No account exists yet. Open {Url} to create the admin (the link works once, until this server stops)", url);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
