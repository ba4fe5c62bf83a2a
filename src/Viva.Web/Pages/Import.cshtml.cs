using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Viva.Web.Api.Contracts;
using Viva.Web.Hosting;
using Viva.Web.Import;

namespace Viva.Web.Pages;

/// <summary>Upload Markdown, CSV/TSV or Anki files; shows per-document buckets with the reasons for invalid items.</summary>
/// <remarks>The token is checked by hand after the size-limited read, so an oversized upload gets a clear message instead of a bare 400.</remarks>
[IgnoreAntiforgeryToken]
public sealed class ImportModel(UploadImporter importer, IAntiforgery antiforgery, IOptions<VivaWebOptions> options) : PageModel
{
    /// <summary>The outcome, after an upload.</summary>
    public ImportResponse? Report { get; private set; }

    /// <summary>Why the upload was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>The upload limit in megabytes.</summary>
    public long MaxMegabytes => options.Value.MaxUploadBytes / (1024 * 1024);

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Imports the uploaded files.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (files, error, status) = await UploadForm.ReadAsync(Request, options.Value.MaxUploadBytes, cancellationToken);
        if (error is not null)
        {
            Error = error;
            Response.StatusCode = status;
            return Page();
        }

        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            Error = "The form expired or did not come from this site; reload the page and upload again.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Report = await importer.ImportAsync(files, cancellationToken);
        return Page();
    }
}
