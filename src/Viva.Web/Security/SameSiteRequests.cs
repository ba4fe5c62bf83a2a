using Microsoft.Extensions.Options;
using Viva.Web.Hosting;

namespace Viva.Web.Security;

/// <summary>
/// Refuses state-changing API calls that a browser sends from any other origin: the API has no cookies to check, so
/// this keeps another web page (another site, or another port of this machine, which browsers call "same-site") from
/// posting reviews or imports to a local <c>viva serve</c>. Browsers mark requests with <c>Sec-Fetch-Site</c>; older
/// ones only with <c>Origin</c>, which must then name this host. Scripts and tools send neither and are unaffected.
/// </summary>
public sealed class SameSiteRequests : IEndpointFilter
{
    /// <inheritdoc/>
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && FromAnotherOrigin(request, request.HttpContext.RequestServices.GetService<IOptions<VivaWebOptions>>()?.Value.PublicUrl))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Cross-site request refused", detail: "The API accepts changes only from this site or from non-browser clients."));
        }

        return next(context);
    }

    /// <summary>True when a browser says the request comes from a page of another origin.</summary>
    /// <param name="request">The request.</param>
    /// <param name="publicUrl">The server's public address (behind a reverse proxy the request's own may differ); empty for none.</param>
    public static bool FromAnotherOrigin(HttpRequest request, string? publicUrl = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            // "none" is the user's own action (address bar, bookmark); only same-origin pages may change state.
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase)
            && !(Uri.TryCreate(publicUrl, UriKind.Absolute, out var own) && string.Equals(origin, own.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }
}
