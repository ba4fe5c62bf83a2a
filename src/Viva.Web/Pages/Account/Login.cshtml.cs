using Microsoft.AspNetCore.Mvc;
using Viva.Web.Accounts;

namespace Viva.Web.Pages.Account;

/// <summary>Sign in with name and password; repeated failures lock the account for a while.</summary>
public sealed class LoginModel(AccountService accounts) : AccountPageModel
{
    /// <summary>The login name.</summary>
    [BindProperty]
    public string Name { get; set; } = "";

    /// <summary>The password.</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Where to go after signing in (a local path).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the login failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        Error = await accounts.SignInAsync(HttpContext, Name, Password);
        return Error is null ? LocalRedirect(SafeReturn(ReturnUrl)) : Page();
    }
}
