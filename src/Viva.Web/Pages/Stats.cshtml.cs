using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Web.Practice;

namespace Viva.Web.Pages;

/// <summary>The statistics of <c>viva stats</c> as charts, each with a caption that says what to do.</summary>
public sealed class StatsModel(StatsService stats, FsrsSettingsService fsrs) : PageModel
{
    /// <summary>The FSRS parameters in use and the recommended retention.</summary>
    public Api.Contracts.FsrsStatusResponse Fsrs { get; private set; } = null!;

    /// <summary>The figures shown.</summary>
    public ProgressCharts Charts { get; private set; } = null!;

    /// <summary>Computes the figures.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Charts = await stats.ChartsAsync(cancellationToken);
        Fsrs = await fsrs.StatusAsync(cancellationToken);
    }
}
