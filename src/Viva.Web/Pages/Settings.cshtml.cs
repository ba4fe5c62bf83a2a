using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Web.Api.Contracts;
using Viva.Web.Practice;

namespace Viva.Web.Pages;

/// <summary>Settings: the FSRS parameters in use, and a button that fits them to the user's reviews (as <c>viva fsrs optimize</c>).</summary>
public sealed class SettingsModel(FsrsSettingsService settings) : PageModel
{
    /// <summary>The parameters in use (after the run, when there was one).</summary>
    public FsrsStatusResponse Status { get; private set; } = null!;

    /// <summary>The outcome of the optimizer, after the button.</summary>
    public FsrsOptimizeResponse? Result { get; private set; }

    /// <summary>Why nothing was fitted.</summary>
    public string? Error { get; private set; }

    /// <summary>Apply the fit even if it is not better.</summary>
    [BindProperty]
    public bool Apply { get; set; }

    /// <summary>Shows the settings.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Status = await settings.StatusAsync(cancellationToken);

    /// <summary>Runs the optimizer.</summary>
    public async Task<IActionResult> OnPostOptimizeAsync(CancellationToken cancellationToken)
    {
        (Result, Error, _) = await settings.OptimizeAsync(new FsrsOptimizeBody(null, Apply), cancellationToken);
        Status = await settings.StatusAsync(cancellationToken);
        return Page();
    }
}
