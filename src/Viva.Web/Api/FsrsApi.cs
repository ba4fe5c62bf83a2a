using Microsoft.AspNetCore.Http.HttpResults;
using Viva.Web.Api.Contracts;
using Viva.Web.Practice;

namespace Viva.Web.Api;

/// <summary><c>GET /api/fsrs</c> (the parameters in use) and <c>POST /api/fsrs/optimize</c> (fit them to the user's reviews).</summary>
public static class FsrsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapFsrsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var fsrs = api.MapGroup("/fsrs").WithTags("FSRS");
        fsrs.MapGet("/", async (FsrsSettingsService settings, CancellationToken token) => TypedResults.Ok(await settings.StatusAsync(token)))
            .WithName("GetFsrsParameters");
        fsrs.MapPost("/optimize", OptimizeAsync).WithName("OptimizeFsrsParameters");
        return api;
    }

    private static async Task<Results<Ok<FsrsOptimizeResponse>, ValidationProblem, ProblemHttpResult>> OptimizeAsync(
        FsrsSettingsService settings, FsrsOptimizeBody? body, CancellationToken token)
    {
        var (result, error, badInput) = await settings.OptimizeAsync(body ?? new FsrsOptimizeBody(null, null), token);
        if (result is not null)
        {
            return TypedResults.Ok(result);
        }

        return badInput
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["since"] = [error!] })
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not enough reviews", detail: error);
    }
}
