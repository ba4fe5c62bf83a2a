namespace Viva.Web.Security;

/// <summary>
/// Refuses state-changing API calls that a browser marks as cross-site: the API has no cookies to check, so
/// this keeps another web page from posting reviews or imports to a local <c>viva serve</c>.
/// Scripts and tools (which send no <c>Sec-Fetch-Site</c>) are unaffected.
/// </summary>
public sealed class SameSiteRequests : IEndpointFilter
{
    /// <inheritdoc/>
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && request.Headers["Sec-Fetch-Site"].ToString() is "cross-site")
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Cross-site request refused", detail: "The API accepts changes only from this site or from non-browser clients."));
        }

        return next(context);
    }
}
