using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Core.Mock;
using Viva.Web.Mock;

namespace Viva.Web.Pages;

/// <summary>A mock's report: each question with grade, time, key points and reference; readiness per topic; what to study next.</summary>
public sealed class MockReportModel(MockWebService mocks) : PageModel
{
    /// <summary>The mock.</summary>
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>Its report.</summary>
    public MockReport? Report { get; private set; }

    /// <summary>Ends the mock if it is still running and shows its report.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await mocks.FinishAsync(Id, cancellationToken);
        return Report is null ? NotFound() : Page();
    }
}
