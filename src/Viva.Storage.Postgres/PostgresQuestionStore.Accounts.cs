using Npgsql;
using Viva.Core.Accounts;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore : IAccountStore
{
    private const string UserColumns = "u.id, u.name, u.password_hash, u.role, u.disabled, u.failed_logins, u.locked_until, u.created_at";
    private const string OpenSignUpKey = "accounts.open-signup";

    /// <inheritdoc/>
    public async Task<int> CountUsersAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT count(*) FROM users", _ => { }, r => (int)r.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc/>
    public async Task<IReadOnlyList<UserAccount>> GetUsersAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {UserColumns} FROM users u ORDER BY lower(u.name), u.name", _ => { }, ReadUser, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<UserAccount?> FindUserAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {UserColumns} FROM users u WHERE u.id = @id", c => c.Parameters.AddWithValue("id", id), ReadUser, cancellationToken)
            .ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc/>
    /// <remarks>Names match without regard to case, as the unique index on <c>lower(name)</c> keeps them.</remarks>
    public async Task<UserAccount?> FindUserByNameAsync(string name, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {UserColumns} FROM users u WHERE lower(u.name) = lower(@name)", c => c.Parameters.AddWithValue("name", name), ReadUser, cancellationToken)
            .ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<AddUserResult> AddUserAsync(UserAccount user, string? inviteHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // A taken id counts as a taken name: two setups racing for the first admin make one account. The unique
        // indexes settle a race between two transactions that both passed this check.
        var inserted = await ExecuteAsync(connection, transaction, """
            INSERT INTO users (id, name, password_hash, role, disabled, created_at) VALUES (@id, @name, @hash, @role, @disabled, @created)
            ON CONFLICT DO NOTHING
            """, c =>
        {
            c.Parameters.AddWithValue("id", user.Id);
            c.Parameters.AddWithValue("name", user.Name);
            c.Parameters.AddWithValue("hash", user.PasswordHash);
            c.Parameters.AddWithValue("role", user.Role.ToName());
            c.Parameters.AddWithValue("disabled", user.Disabled ? 1 : 0);
            c.Parameters.AddWithValue("created", user.CreatedAt.ToUnixTimeMilliseconds());
        }, cancellationToken).ConfigureAwait(false);
        if (inserted != 1)
        {
            return AddUserResult.NameTaken;
        }

        if (inviteHash is not null)
        {
            // Used up in the same transaction as the account is made; a second redeemer waits on the row lock and then
            // finds it used, so one invite never makes two accounts.
            var redeemed = await ExecuteAsync(connection, transaction, "UPDATE invites SET used_by = @user WHERE token_hash = @hash AND used_by IS NULL AND expires_at > @now", c =>
            {
                c.Parameters.AddWithValue("user", user.Id);
                c.Parameters.AddWithValue("hash", inviteHash);
                c.Parameters.AddWithValue("now", now.ToUnixTimeMilliseconds());
            }, cancellationToken).ConfigureAwait(false);
            if (redeemed != 1)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return AddUserResult.InviteInvalid;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AddUserResult.Added;
    }

    /// <inheritdoc/>
    public Task SetPasswordHashAsync(string userId, string passwordHash, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE users SET password_hash = @hash WHERE id = @id", c =>
        {
            c.Parameters.AddWithValue("id", userId);
            c.Parameters.AddWithValue("hash", passwordHash);
        }, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE users SET disabled = @disabled WHERE id = @id", c =>
        {
            c.Parameters.AddWithValue("id", userId);
            c.Parameters.AddWithValue("disabled", disabled ? 1 : 0);
        }, cancellationToken).ConfigureAwait(false) == 1;

    /// <inheritdoc/>
    public Task RecordFailedLoginAsync(string userId, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken = default) =>
        // One statement: every expression reads the row as it was, and concurrent failures wait on the row lock, so
        // each is counted and the count and the lock agree.
        ExecuteAsync("""
            UPDATE users SET
                locked_until = CASE WHEN failed_logins + 1 >= @max THEN @until ELSE locked_until END,
                failed_logins = CASE WHEN failed_logins + 1 >= @max THEN 0 ELSE failed_logins + 1 END
            WHERE id = @id
            """, c =>
        {
            c.Parameters.AddWithValue("id", userId);
            c.Parameters.AddWithValue("max", maxFailures);
            c.Parameters.AddWithValue("until", lockUntil.ToUnixTimeMilliseconds());
        }, cancellationToken);

    /// <inheritdoc/>
    public Task RecordSuccessfulLoginAsync(string userId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = @id", c => c.Parameters.AddWithValue("id", userId), cancellationToken);

    /// <inheritdoc/>
    public Task AddInviteAsync(string tokenHash, UserRole role, string createdBy, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT INTO invites (token_hash, role, created_by, created_at, expires_at) VALUES (@hash, @role, @by, @created, @expires)", c =>
        {
            c.Parameters.AddWithValue("hash", tokenHash);
            c.Parameters.AddWithValue("role", role.ToName());
            c.Parameters.AddWithValue("by", createdBy);
            c.Parameters.AddWithValue("created", createdAt.ToUnixTimeMilliseconds());
            c.Parameters.AddWithValue("expires", expiresAt.ToUnixTimeMilliseconds());
        }, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> IsInviteValidAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT 1 FROM invites WHERE token_hash = @hash AND used_by IS NULL AND expires_at > @now", c =>
        {
            c.Parameters.AddWithValue("hash", tokenHash);
            c.Parameters.AddWithValue("now", now.ToUnixTimeMilliseconds());
        }, r => r.GetInt32(0), cancellationToken).ConfigureAwait(false)).Count > 0;

    /// <inheritdoc/>
    public async Task<UserRole?> GetInviteRoleAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT role FROM invites WHERE token_hash = @hash", c => c.Parameters.AddWithValue("hash", tokenHash),
            r => (UserRole?)UserRoleNames.Parse(r.GetString(0)), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<long> AddApiTokenAsync(string userId, string name, string tokenHash, DateTimeOffset createdAt, CancellationToken cancellationToken = default) =>
        (await QueryAsync("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (@user, @name, @hash, @created) RETURNING id", c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("name", name);
            c.Parameters.AddWithValue("hash", tokenHash);
            c.Parameters.AddWithValue("created", createdAt.ToUnixTimeMilliseconds());
        }, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ApiTokenInfo>> GetApiTokensAsync(string userId, CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT id, name, created_at, last_used FROM api_tokens WHERE user_id = @user ORDER BY id DESC", c => c.Parameters.AddWithValue("user", userId),
            r => new ApiTokenInfo(r.GetInt64(0), r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)),
                r.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3))), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<bool> DeleteApiTokenAsync(string userId, long tokenId, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM api_tokens WHERE id = @id AND user_id = @user", c =>
        {
            c.Parameters.AddWithValue("id", tokenId);
            c.Parameters.AddWithValue("user", userId);
        }, cancellationToken).ConfigureAwait(false) == 1;

    /// <inheritdoc/>
    /// <remarks>One statement finds the enabled owner and records the use.</remarks>
    public async Task<UserAccount?> UseApiTokenAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"""
            UPDATE api_tokens t SET last_used = @now FROM users u
            WHERE t.token_hash = @hash AND u.id = t.user_id AND u.disabled = 0
            RETURNING {UserColumns}
            """, c =>
        {
            c.Parameters.AddWithValue("hash", tokenHash);
            c.Parameters.AddWithValue("now", now.ToUnixTimeMilliseconds());
        }, ReadUser, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<bool> GetOpenSignUpAsync(CancellationToken cancellationToken = default) =>
        await GetSettingAsync(OpenSignUpKey, cancellationToken).ConfigureAwait(false) == "1";

    /// <inheritdoc/>
    public Task SetOpenSignUpAsync(bool open, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", c =>
        {
            c.Parameters.AddWithValue("key", OpenSignUpKey);
            c.Parameters.AddWithValue("value", open ? "1" : "0");
        }, cancellationToken);

    private static UserAccount ReadUser(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), UserRoleNames.Parse(reader.GetString(3)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)))
        {
            Disabled = reader.GetInt32(4) != 0,
            FailedLogins = reader.GetInt32(5),
            LockedUntil = reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        };
}
