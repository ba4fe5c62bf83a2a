using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Viva.Web.Accounts;

namespace Viva.Web.Pages.Account;

/// <summary>Signs out (a post with the anti-forgery token, so another site cannot sign the user out).</summary>
public sealed class LogoutModel : AccountPageModel
{
    /// <summary>Only posts sign out; a visit goes back to the dashboard.</summary>
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Ends the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/account/login");
    }
}
