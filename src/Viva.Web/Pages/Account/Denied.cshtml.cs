using Viva.Web.Accounts;

namespace Viva.Web.Pages.Account;

/// <summary>Where a learner lands on an admin page.</summary>
public sealed class DeniedModel : AccountPageModel
{
    /// <summary>Shows the page.</summary>
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
