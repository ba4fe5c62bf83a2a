namespace Viva.Core.Accounts;

/// <summary>An account of a server installation.</summary>
/// <param name="Id">What the user's cards, reviews, mocks and documents are keyed by; never changes.</param>
/// <param name="Name">The login name, unique without regard to case.</param>
/// <param name="PasswordHash">The password as the web app's hasher wrote it (never the password).</param>
/// <param name="Role">Admin or learner.</param>
/// <param name="CreatedAt">When the account was made.</param>
public sealed record UserAccount(string Id, string Name, string PasswordHash, UserRole Role, DateTimeOffset CreatedAt)
{
    /// <summary>A disabled account cannot sign in, and its sessions and tokens stop working.</summary>
    public bool Disabled { get; init; }

    /// <summary>Failed logins in a row since the last success or lockout.</summary>
    public int FailedLogins { get; init; }

    /// <summary>No login is accepted before this time; null when not locked.</summary>
    public DateTimeOffset? LockedUntil { get; init; }
}
