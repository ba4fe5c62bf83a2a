using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Viva.Core.Accounts;
using Viva.Web.Accounts;
using Viva.Web.Data;

namespace Viva.Web.Pages.Account;

/// <summary>The signed-in user's account: change the password, make and revoke personal access tokens for the API.</summary>
public sealed class IndexModel(AccountService accounts, BankLease bank) : AccountPageModel
{
    /// <summary>The current password (to change it).</summary>
    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    /// <summary>The new password.</summary>
    [BindProperty]
    public string NewPassword { get; set; } = "";

    /// <summary>The name of a new token.</summary>
    [BindProperty]
    public string TokenName { get; set; } = "";

    /// <summary>The token to revoke.</summary>
    [BindProperty]
    public long TokenId { get; set; }

    /// <summary>The user's tokens.</summary>
    public IReadOnlyList<ApiTokenInfo> Tokens { get; private set; } = [];

    /// <summary>A token just made: shown this once.</summary>
    public string? NewToken { get; private set; }

    /// <summary>What the last action did.</summary>
    public string? Message { get; private set; }

    /// <summary>Why the last action failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the account.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Tokens = await bank.Accounts.GetApiTokensAsync(UserId, cancellationToken);

    /// <summary>Changes the password; this session stays signed in, every other one ends.</summary>
    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        Error = await accounts.ChangePasswordAsync(UserId, CurrentPassword, NewPassword, cancellationToken);
        if (Error is null && await bank.Accounts.FindUserAsync(UserId, cancellationToken) is { } user)
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
            Message = "Password changed.";
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>Makes a token and shows it once.</summary>
    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken cancellationToken)
    {
        NewToken = await accounts.CreateTokenAsync(UserId, TokenName, cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Revokes one of the user's tokens.</summary>
    public async Task<IActionResult> OnPostRevokeTokenAsync(CancellationToken cancellationToken)
    {
        Message = await bank.Accounts.DeleteApiTokenAsync(UserId, TokenId, cancellationToken) ? "Token revoked." : null;
        Error = Message is null ? "no such token" : null;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Tokens = await bank.Accounts.GetApiTokensAsync(UserId, cancellationToken);
        return Page();
    }
}
