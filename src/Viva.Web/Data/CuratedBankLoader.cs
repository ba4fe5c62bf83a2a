using Viva.Core.Import;
using Viva.Core.Linking;

namespace Viva.Web.Data;

/// <summary>Loads the embedded curated bank into the database before the app takes requests (a no-op when it is current).</summary>
public sealed class CuratedBankLoader(BankPool pool, DuplicateLinker linker, TimeProvider time, ILogger<CuratedBankLoader> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var lease = pool.Rent();
        using var warnings = new StringWriter();
        await CuratedBank.EnsureLoadedAsync(lease.Store, new ImportService(lease.Store, linker, time), warnings, cancellationToken);
        if (warnings.ToString() is { Length: > 0 } text)
        {
            logger.LogWarning("Curated bank: {Warnings}", text);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
