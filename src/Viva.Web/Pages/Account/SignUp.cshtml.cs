using Microsoft.AspNetCore.Mvc;
using Viva.Core.Accounts;
using Viva.Web.Accounts;
using Viva.Web.Data;

namespace Viva.Web.Pages.Account;

/// <summary>Creates an account from an invite link, or without one when the admin opened sign-up.</summary>
public sealed class SignUpModel(AccountService accounts, BankLease bank, TimeProvider time) : AccountPageModel
{
    /// <summary>The invite token from the link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Invite { get; set; }

    /// <summary>The login name wanted.</summary>
    [BindProperty]
    public string Name { get; set; } = "";

    /// <summary>The password.</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Why the account was not made.</summary>
    public string? Error { get; private set; }

    /// <summary>False when there is neither a valid invite nor open sign-up: the form is not shown.</summary>
    public bool Allowed { get; private set; }

    /// <summary>Shows the form, or why sign-up is closed.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Allowed = await AllowedAsync(cancellationToken);

    /// <summary>Creates the account and signs in.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Allowed = await AllowedAsync(cancellationToken);
        if (!Allowed)
        {
            Error = "sign-up needs an invite link on this server";
            return Page();
        }

        var invited = Invite is { Length: > 0 };
        var role = invited ? await bank.Accounts.GetInviteRoleAsync(Secrets.Hash(Invite!), cancellationToken) ?? UserRole.Learner : UserRole.Learner;
        Error = await accounts.CreateAsync(Name, Password, role, invited ? Invite : null, null, cancellationToken)
            ?? await accounts.SignInAsync(HttpContext, Name, Password);
        return Error is null ? LocalRedirect("/") : Page();
    }

    private async Task<bool> AllowedAsync(CancellationToken cancellationToken) =>
        Invite is { Length: > 0 } invite ? await bank.Accounts.IsInviteValidAsync(Secrets.Hash(invite), time.GetUtcNow(), cancellationToken)
        : await bank.Accounts.GetOpenSignUpAsync(cancellationToken);
}
