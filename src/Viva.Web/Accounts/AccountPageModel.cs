using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Viva.Web.Hosting;

namespace Viva.Web.Accounts;

/// <summary>A page of server mode: not found on a local installation, which has no accounts.</summary>
public abstract class AccountPageModel : PageModel
{
    /// <inheritdoc/>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!context.HttpContext.RequestServices.GetRequiredService<IOptions<VivaWebOptions>>().Value.Accounts)
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    /// <summary>The signed-in account's id.</summary>
    protected string UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? ClaimsUserContext.Nobody;

    /// <summary>A local path to return to, or the dashboard: never another site (no open redirect).</summary>
    protected static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
