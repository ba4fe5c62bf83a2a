using System.Globalization;
using Spectre.Console;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Storage;

namespace Viva.Cli.Commands;

/// <summary>The FSRS lines of <c>viva stats</c>: which parameters schedule the cards, and the recommended desired retention.</summary>
/// <param name="InUse">The newest applied fit, or null while the defaults are in use.</param>
/// <param name="Newest">The newest fit, applied or not (its retention advice is the latest).</param>
internal sealed record FsrsSummary(FittedParameters? InUse, FittedParameters? Newest)
{
    public static async Task<FsrsSummary> LoadAsync(IFsrsParameterStore store, string userId, CancellationToken cancellationToken) => new(
        await store.GetFsrsParametersAsync(userId, appliedOnly: true, cancellationToken).ConfigureAwait(false),
        await store.GetFsrsParametersAsync(userId, appliedOnly: false, cancellationToken).ConfigureAwait(false));

    public object ToJson() => new
    {
        parameters = InUse is null ? "default" : "fitted",
        fitted_at = InUse?.FittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        recommended_retention = Newest?.RecommendedRetention,
    };

    public void Print(IAnsiConsole console)
    {
        console.WriteLine();
        var parameters = InUse is { } fit
            ? $"fitted to your {fit.Reviews:N0} reviews on {fit.FittedAt.UtcDateTime:yyyy-MM-dd}"
            : "the FSRS-6 defaults ('viva fsrs optimize' fits them to your reviews)";
        console.MarkupLine($"[bold]FSRS parameters:[/] {Markup.Escape(parameters)}");
        if (Newest?.RecommendedRetention is { } retention)
        {
            console.MarkupLine($"[bold]Recommended desired retention:[/] {retention:P0} (least study time per card remembered)");
        }
    }
}
