using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Web.Practice;

namespace Viva.Web.Pages;

/// <summary>The statistics of <c>viva stats</c> as plots.</summary>
public sealed class StatsModel(StatsService stats, FsrsSettingsService fsrs) : PageModel
{
    /// <summary>The FSRS parameters in use and the recommended retention.</summary>
    public Api.Contracts.FsrsStatusResponse Fsrs { get; private set; } = null!;

    /// <summary>The figures shown.</summary>
    public ProgressReport Progress { get; private set; } = null!;

    /// <summary>Computes the figures.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Progress = await stats.ComputeAsync(cancellationToken);
        Fsrs = await fsrs.StatusAsync(cancellationToken);
    }
}
