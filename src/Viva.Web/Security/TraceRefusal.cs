namespace Viva.Web.Security;

/// <summary>
/// Answers TRACE and TRACK with 405 before anything else runs: they echo a request back (cookies included, the old
/// cross-site tracing trick) and nothing here serves them.
/// </summary>
public static class TraceRefusal
{
    /// <summary>Adds the middleware.</summary>
    public static IApplicationBuilder UseTraceRefusal(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsTrace(context.Request.Method) || string.Equals(context.Request.Method, "TRACK", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return Task.CompletedTask;
        }

        return next(context);
    });
}
