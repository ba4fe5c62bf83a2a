using Viva.Core.Accounts;

namespace Viva.Core.Storage;

/// <summary>Accounts, invites and personal access tokens of a server installation. Implemented by the storage projects.</summary>
public interface IAccountStore
{
    /// <summary>How many accounts exist (none until the first admin is made).</summary>
    Task<int> CountUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Every account, by name.</summary>
    Task<IReadOnlyList<UserAccount>> GetUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>One account by id, or null.</summary>
    Task<UserAccount?> FindUserAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>One account by login name (any case), or null.</summary>
    Task<UserAccount?> FindUserByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates <paramref name="user"/>; with <paramref name="inviteHash"/> the invite must be unused and unexpired at
    /// <paramref name="now"/>, and is used up in the same transaction.
    /// </summary>
    Task<AddUserResult> AddUserAsync(UserAccount user, string? inviteHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Replaces the user's password hash.</summary>
    Task SetPasswordHashAsync(string userId, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>Disables or enables an account; false when there is no such account.</summary>
    Task<bool> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a failed login; the <paramref name="maxFailures"/>th in a row locks the account until
    /// <paramref name="lockUntil"/> and starts the count again. Atomic, so concurrent guesses are all counted.
    /// </summary>
    Task RecordFailedLoginAsync(string userId, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken = default);

    /// <summary>Clears the failure count and any lockout after a successful login.</summary>
    Task RecordSuccessfulLoginAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Stores an invite by the hash of its token.</summary>
    Task AddInviteAsync(string tokenHash, UserRole role, string createdBy, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>True while the invite can still be used at <paramref name="now"/>.</summary>
    Task<bool> IsInviteValidAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The role an invite grants, or null when it is unknown.</summary>
    Task<UserRole?> GetInviteRoleAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Stores a personal access token by its hash; returns its id.</summary>
    Task<long> AddApiTokenAsync(string userId, string name, string tokenHash, DateTimeOffset createdAt, CancellationToken cancellationToken = default);

    /// <summary>The user's tokens, newest first.</summary>
    Task<IReadOnlyList<ApiTokenInfo>> GetApiTokensAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Revokes one of the user's tokens; false when the user has no such token.</summary>
    Task<bool> DeleteApiTokenAsync(string userId, long tokenId, CancellationToken cancellationToken = default);

    /// <summary>The enabled account a token hash belongs to, or null; records the use at <paramref name="now"/>.</summary>
    Task<UserAccount?> UseApiTokenAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Whether anyone may sign up without an invite (the admin's choice; off until turned on).</summary>
    Task<bool> GetOpenSignUpAsync(CancellationToken cancellationToken = default);

    /// <summary>Turns open sign-up on or off.</summary>
    Task SetOpenSignUpAsync(bool open, CancellationToken cancellationToken = default);
}
