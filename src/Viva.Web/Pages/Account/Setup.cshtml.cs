using Microsoft.AspNetCore.Mvc;
using Viva.Core.Accounts;
using Viva.Core.Scheduling;
using Viva.Web.Accounts;
using Viva.Web.Data;

namespace Viva.Web.Pages.Account;

/// <summary>
/// Creates the first admin with the one-time token printed at startup. The admin takes over the local user's cards,
/// reviews and mocks, so a laptop's study history carries on when its bank becomes a server.
/// </summary>
public sealed class SetupModel(AccountService accounts, BankLease bank, SetupToken setup) : AccountPageModel
{
    /// <summary>The token from the startup message.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>The admin's login name.</summary>
    [BindProperty]
    public string Name { get; set; } = "";

    /// <summary>The admin's password.</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Why the admin was not made.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form, or not found without the right token.</summary>
    public IActionResult OnGet() => setup.Matches(Token) ? Page() : NotFound();

    /// <summary>Creates the admin and signs in.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!setup.Matches(Token) || await bank.Accounts.CountUsersAsync(cancellationToken) > 0)
        {
            return NotFound();
        }

        Error = await accounts.CreateAsync(Name, Password, UserRole.Admin, null, ReviewService.LocalUser, cancellationToken);
        if (Error is not null)
        {
            return Page();
        }

        setup.Consume();
        await accounts.SignInAsync(HttpContext, Name, Password);
        return LocalRedirect("/admin");
    }
}
