using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Viva.Web.Api.Contracts;
using Viva.Web.Hosting;
using Viva.Web.Import;

namespace Viva.Web.Api;

/// <summary><c>POST /api/import</c>: upload Markdown, CSV/TSV or Anki (.apkg) files (multipart, field <c>files</c>).</summary>
public static class ImportApi
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/import", ImportAsync).WithTags("Import").WithName("ImportDocuments").DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data");
        return api;
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, UploadImporter importer, IOptions<VivaWebOptions> options, CancellationToken token)
    {
        var (files, error, status) = await UploadForm.ReadAsync(request, options.Value.MaxUploadBytes, token);
        if (error is not null)
        {
            return TypedResults.Problem(statusCode: status, title: "Upload rejected", detail: error);
        }

        return TypedResults.Ok(await importer.ImportAsync(files, token));
    }
}
