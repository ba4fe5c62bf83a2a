using System.Text;
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

    /// <summary>The report as a Markdown file, as <c>viva mock --show ID --markdown FILE</c> writes it.</summary>
    public Task<IActionResult> OnGetMarkdownAsync(CancellationToken cancellationToken) =>
        ExportAsync(MockMarkdownRenderer.Render, "text/markdown", "md", cancellationToken);

    /// <summary>The report as one printable HTML page (no script), as <c>viva mock --show ID --html FILE</c> writes it.</summary>
    public Task<IActionResult> OnGetHtmlAsync(CancellationToken cancellationToken) =>
        ExportAsync(MockHtmlRenderer.Render, "text/html", "html", cancellationToken);

    // A download rather than a page: the HTML export carries its own print styles, which this site's CSP would block inline.
    private async Task<IActionResult> ExportAsync(Func<MockReport, string> render, string type, string extension, CancellationToken cancellationToken)
    {
        if (await mocks.FinishAsync(Id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(render(report)), $"{type}; charset=utf-8", $"viva-mock-{report.Mock.Id}.{extension}");
    }
}
