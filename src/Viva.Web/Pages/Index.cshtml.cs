using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Web.Practice;

namespace Viva.Web.Pages;

/// <summary>The dashboard: today's workload, streak, the last and next 30 days, readiness per topic.</summary>
public sealed class IndexModel(StatsService stats) : PageModel
{
    /// <summary>The figures shown.</summary>
    public ProgressReport Progress { get; private set; } = null!;

    /// <summary>Computes the figures.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Progress = await stats.ComputeAsync(cancellationToken);
}
