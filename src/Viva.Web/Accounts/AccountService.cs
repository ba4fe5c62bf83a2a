using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Viva.Core.Accounts;
using Viva.Web.Data;
using Viva.Web.Hosting;

namespace Viva.Web.Accounts;

/// <summary>Logins with lockout, sign-up, password changes, invites and API tokens, over the account bank.Accounts.</summary>
public sealed partial class AccountService(BankLease bank, IOptions<VivaWebOptions> options, TimeProvider time)
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Longest password accepted (hashing a megabyte would be a cheap way to load the server).</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>How long an invite link stays valid.</summary>
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(7);

    private const string WrongCredentials = "wrong name or password";

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    // A hash to verify against when the name is unknown, so a wrong name takes as long as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(null!, "decoy password nobody has");

    /// <summary>Checks the password and signs the browser in with a cookie; returns why not, or null on success.</summary>
    public async Task<string?> SignInAsync(HttpContext context, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var now = time.GetUtcNow();
        var user = await bank.Accounts.FindUserByNameAsync(name ?? "", cancellationToken);
        if (user is null || password is null || password.Length > MaxPasswordLength)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash, password is { Length: <= MaxPasswordLength } ? password : "");
            return WrongCredentials;
        }

        // A locked account is not even checked, so guessing during the lockout learns nothing.
        if (user.LockedUntil is { } until && until > now)
        {
            return $"too many failed logins: this account is locked until {until:yyyy-MM-dd HH:mm} UTC";
        }

        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var settings = options.Value;
            await bank.Accounts.RecordFailedLoginAsync(user.Id, settings.MaxFailedLogins, now.AddMinutes(settings.LockoutMinutes), cancellationToken);
            return WrongCredentials;
        }

        if (user.Disabled)
        {
            return "this account is disabled; ask an administrator";
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user = user with { PasswordHash = Hasher.HashPassword(user, password) };
            await bank.Accounts.SetPasswordHashAsync(user.Id, user.PasswordHash, cancellationToken);
        }

        await bank.Accounts.RecordSuccessfulLoginAsync(user.Id, cancellationToken);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            AccountClaims.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return null;
    }

    /// <summary>Creates an account; returns why not, or null. <paramref name="inviteToken"/> is used up on success.</summary>
    /// <param name="name">Login name: 2 to 32 letters, digits, dots, dashes or underscores.</param>
    /// <param name="password">At least <see cref="MinPasswordLength"/> characters.</param>
    /// <param name="role">The role to give.</param>
    /// <param name="inviteToken">The invite's token, or null for open sign-up and setup.</param>
    /// <param name="id">The account id; null for a new random one.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<string?> CreateAsync(string name, string password, UserRole role, string? inviteToken, string? id, CancellationToken cancellationToken)
    {
        if (ValidName().IsMatch(name ?? "") is false)
        {
            return "the name must be 2 to 32 letters, digits, dots, dashes or underscores";
        }

        if (PasswordProblem(password) is { } problem)
        {
            return problem;
        }

        var user = new UserAccount(id ?? "u-" + Guid.NewGuid().ToString("N"), name!, "", role, time.GetUtcNow());
        user = user with { PasswordHash = Hasher.HashPassword(user, password) };
        return await bank.Accounts.AddUserAsync(user, inviteToken is null ? null : Secrets.Hash(inviteToken), time.GetUtcNow(), cancellationToken) switch
        {
            AddUserResult.Added => null,
            AddUserResult.NameTaken => "that name is taken",
            _ => "this invite is unknown, used or expired; ask for a new one",
        };
    }

    /// <summary>Changes the user's password after checking the current one; returns why not, or null.</summary>
    public async Task<string?> ChangePasswordAsync(string userId, string current, string replacement, CancellationToken cancellationToken)
    {
        var user = await bank.Accounts.FindUserAsync(userId, cancellationToken);
        if (user is null || current is null || current.Length > MaxPasswordLength
            || Hasher.VerifyHashedPassword(user, user.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            return "the current password is wrong";
        }

        if (PasswordProblem(replacement) is { } problem)
        {
            return problem;
        }

        await bank.Accounts.SetPasswordHashAsync(userId, Hasher.HashPassword(user, replacement), cancellationToken);
        return null;
    }

    /// <summary>Makes an invite and returns its token (shown once: only its hash is stored).</summary>
    public async Task<string> InviteAsync(string adminId, UserRole role, CancellationToken cancellationToken)
    {
        var token = Secrets.NewToken("inv_");
        var now = time.GetUtcNow();
        await bank.Accounts.AddInviteAsync(Secrets.Hash(token), role, adminId, now, now + InviteLifetime, cancellationToken);
        return token;
    }

    /// <summary>Makes a personal access token and returns it (shown once: only its hash is stored).</summary>
    public async Task<string> CreateTokenAsync(string userId, string name, CancellationToken cancellationToken)
    {
        var token = Secrets.NewToken("viva_");
        await bank.Accounts.AddApiTokenAsync(userId, string.IsNullOrWhiteSpace(name) ? "token" : name.Trim()[..Math.Min(name.Trim().Length, 64)], Secrets.Hash(token), time.GetUtcNow(), cancellationToken);
        return token;
    }

    private static string? PasswordProblem(string? password) => password switch
    {
        null => "a password is required",
        { Length: < MinPasswordLength } => $"the password must have at least {MinPasswordLength} characters",
        { Length: > MaxPasswordLength } => $"the password must have at most {MaxPasswordLength} characters",
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z0-9._-]{2,32}$")]
    private static partial Regex ValidName();
}
