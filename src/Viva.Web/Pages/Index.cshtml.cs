using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Web.Practice;

namespace Viva.Web.Pages;

/// <summary>The dashboard: today's workload, streak, the interview plan, and the progress charts with their advice.</summary>
public sealed class IndexModel(StatsService stats) : PageModel
{
    /// <summary>The figures shown.</summary>
    public ProgressCharts Charts { get; private set; } = null!;

    /// <summary>Computes the figures.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Charts = await stats.ChartsAsync(cancellationToken);
}
