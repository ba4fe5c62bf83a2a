using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Viva.Core.Accounts;
using Viva.Web.Accounts;
using Viva.Web.Data;
using Viva.Web.Hosting;

namespace Viva.Web.Pages.Admin;

/// <summary>Administration: invite people (the link is shown once), disable or enable accounts, open or close sign-up.</summary>
public sealed class IndexModel(AccountService accounts, BankLease bank, IOptions<VivaWebOptions> options) : AccountPageModel
{
    /// <summary>Every account.</summary>
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    /// <summary>Whether anyone may sign up without an invite.</summary>
    public bool OpenSignUp { get; private set; }

    /// <summary>The invite link just made: shown this once.</summary>
    public string? InviteLink { get; private set; }

    /// <summary>Why the last action failed.</summary>
    public string? Error { get; private set; }

    /// <summary>The role an invite gives.</summary>
    [BindProperty]
    public bool InviteAdmin { get; set; }

    /// <summary>The account to disable or enable.</summary>
    [BindProperty]
    public string AccountId { get; set; } = "";

    /// <summary>Disable (true) or enable (false).</summary>
    [BindProperty]
    public bool Disable { get; set; }

    /// <summary>Open sign-up (true) or close it.</summary>
    [BindProperty]
    public bool Open { get; set; }

    /// <summary>Shows the accounts.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Makes an invite link.</summary>
    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var token = await accounts.InviteAsync(UserId, InviteAdmin ? UserRole.Admin : UserRole.Learner, cancellationToken);
        var site = options.Value.PublicUrl is { Length: > 0 } url ? url.TrimEnd('/') : $"{Request.Scheme}://{Request.Host}";
        InviteLink = $"{site}/account/signup?invite={token}";
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Disables or enables an account (never the admin's own, so a server cannot lose its last admin by a slip).</summary>
    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        if (AccountId == UserId)
        {
            Error = "you cannot disable your own account";
        }
        else if (!await bank.Accounts.SetDisabledAsync(AccountId, Disable, cancellationToken))
        {
            Error = "no such account";
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>Opens or closes sign-up without an invite.</summary>
    public async Task<IActionResult> OnPostSignUpAsync(CancellationToken cancellationToken)
    {
        await bank.Accounts.SetOpenSignUpAsync(Open, cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await bank.Accounts.GetUsersAsync(cancellationToken);
        OpenSignUp = await bank.Accounts.GetOpenSignUpAsync(cancellationToken);
    }
}
