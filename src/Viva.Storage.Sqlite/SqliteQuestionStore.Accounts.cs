using System.Globalization;
using Microsoft.Data.Sqlite;
using Viva.Core.Accounts;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore : IAccountStore
{
    private const string UserColumns = "id, name, password_hash, role, disabled, failed_logins, locked_until, created_at";
    private const string OpenSignUpKey = "accounts.open-signup";

    /// <inheritdoc/>
    public Task<int> CountUsersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Convert.ToInt32(Scalar("SELECT count(*) FROM users", _ => { }), CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public Task<IReadOnlyList<UserAccount>> GetUsersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UserAccount>>(ReadUsers($"SELECT {UserColumns} FROM users ORDER BY name", _ => { }));

    /// <inheritdoc/>
    public Task<UserAccount?> FindUserAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadUsers($"SELECT {UserColumns} FROM users WHERE id = $id", c => c.Parameters.AddWithValue("$id", id)).FirstOrDefault());

    /// <inheritdoc/>
    public Task<UserAccount?> FindUserByNameAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadUsers($"SELECT {UserColumns} FROM users WHERE name = $name", c => c.Parameters.AddWithValue("$name", name)).FirstOrDefault());

    /// <inheritdoc/>
    public Task<AddUserResult> AddUserAsync(UserAccount user, string? inviteHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var transaction = _connection.BeginTransaction();
        // A taken id counts as a taken name: two setups racing for the first admin make one account.
        if (Scalar("SELECT 1 FROM users WHERE name = $name OR id = $id", c =>
        {
            c.Parameters.AddWithValue("$name", user.Name);
            c.Parameters.AddWithValue("$id", user.Id);
        }, transaction) is not null)
        {
            return Task.FromResult(AddUserResult.NameTaken);
        }

        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO users (id, name, password_hash, role, disabled, created_at) VALUES ($id, $name, $hash, $role, $disabled, $created)";
            insert.Parameters.AddWithValue("$id", user.Id);
            insert.Parameters.AddWithValue("$name", user.Name);
            insert.Parameters.AddWithValue("$hash", user.PasswordHash);
            insert.Parameters.AddWithValue("$role", UserRoleNames.ToName(user.Role));
            insert.Parameters.AddWithValue("$disabled", user.Disabled ? 1 : 0);
            insert.Parameters.AddWithValue("$created", user.CreatedAt.ToUnixTimeMilliseconds());
            insert.ExecuteNonQuery();
        }

        if (inviteHash is not null)
        {
            // Used up in the same transaction as the account is made, so one invite never makes two accounts.
            using var redeem = _connection.CreateCommand();
            redeem.Transaction = transaction;
            redeem.CommandText = "UPDATE invites SET used_by = $user WHERE token_hash = $hash AND used_by IS NULL AND expires_at > $now";
            redeem.Parameters.AddWithValue("$user", user.Id);
            redeem.Parameters.AddWithValue("$hash", inviteHash);
            redeem.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            if (redeem.ExecuteNonQuery() != 1)
            {
                transaction.Rollback();
                return Task.FromResult(AddUserResult.InviteInvalid);
            }
        }

        transaction.Commit();
        return Task.FromResult(AddUserResult.Added);
    }

    /// <inheritdoc/>
    public Task SetPasswordHashAsync(string userId, string passwordHash, CancellationToken cancellationToken = default)
    {
        Change("UPDATE users SET password_hash = $hash WHERE id = $id", c =>
        {
            c.Parameters.AddWithValue("$id", userId);
            c.Parameters.AddWithValue("$hash", passwordHash);
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default) =>
        Task.FromResult(Change("UPDATE users SET disabled = $disabled WHERE id = $id", c =>
        {
            c.Parameters.AddWithValue("$id", userId);
            c.Parameters.AddWithValue("$disabled", disabled ? 1 : 0);
        }) == 1);

    /// <inheritdoc/>
    public Task RecordFailedLoginAsync(string userId, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken = default)
    {
        // One statement: every expression reads the row as it was, so the count and the lock agree.
        Change("""
            UPDATE users SET
                locked_until = CASE WHEN failed_logins + 1 >= $max THEN $until ELSE locked_until END,
                failed_logins = CASE WHEN failed_logins + 1 >= $max THEN 0 ELSE failed_logins + 1 END
            WHERE id = $id
            """, c =>
        {
            c.Parameters.AddWithValue("$id", userId);
            c.Parameters.AddWithValue("$max", maxFailures);
            c.Parameters.AddWithValue("$until", lockUntil.ToUnixTimeMilliseconds());
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task RecordSuccessfulLoginAsync(string userId, CancellationToken cancellationToken = default)
    {
        Change("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $id", c => c.Parameters.AddWithValue("$id", userId));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task AddInviteAsync(string tokenHash, UserRole role, string createdBy, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        Change("INSERT INTO invites (token_hash, role, created_by, created_at, expires_at) VALUES ($hash, $role, $by, $created, $expires)", c =>
        {
            c.Parameters.AddWithValue("$hash", tokenHash);
            c.Parameters.AddWithValue("$role", UserRoleNames.ToName(role));
            c.Parameters.AddWithValue("$by", createdBy);
            c.Parameters.AddWithValue("$created", createdAt.ToUnixTimeMilliseconds());
            c.Parameters.AddWithValue("$expires", expiresAt.ToUnixTimeMilliseconds());
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> IsInviteValidAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(Scalar("SELECT 1 FROM invites WHERE token_hash = $hash AND used_by IS NULL AND expires_at > $now", c =>
        {
            c.Parameters.AddWithValue("$hash", tokenHash);
            c.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        }) is not null);

    /// <inheritdoc/>
    public Task<UserRole?> GetInviteRoleAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(Scalar("SELECT role FROM invites WHERE token_hash = $hash", c => c.Parameters.AddWithValue("$hash", tokenHash)) is string role
            ? UserRoleNames.Parse(role) : (UserRole?)null);

    /// <inheritdoc/>
    public Task<long> AddApiTokenAsync(string userId, string name, string tokenHash, DateTimeOffset createdAt, CancellationToken cancellationToken = default) =>
        Task.FromResult((long)Scalar("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($user, $name, $hash, $created) RETURNING id", c =>
        {
            c.Parameters.AddWithValue("$user", userId);
            c.Parameters.AddWithValue("$name", name);
            c.Parameters.AddWithValue("$hash", tokenHash);
            c.Parameters.AddWithValue("$created", createdAt.ToUnixTimeMilliseconds());
        })!);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ApiTokenInfo>> GetApiTokensAsync(string userId, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, name, created_at, last_used FROM api_tokens WHERE user_id = $user ORDER BY id DESC";
        command.Parameters.AddWithValue("$user", userId);
        using var reader = command.ExecuteReader();
        var list = new List<ApiTokenInfo>();
        while (reader.Read())
        {
            list.Add(new ApiTokenInfo(reader.GetInt64(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                reader.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
        }

        return Task.FromResult<IReadOnlyList<ApiTokenInfo>>(list);
    }

    /// <inheritdoc/>
    public Task<bool> DeleteApiTokenAsync(string userId, long tokenId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Change("DELETE FROM api_tokens WHERE id = $id AND user_id = $user", c =>
        {
            c.Parameters.AddWithValue("$id", tokenId);
            c.Parameters.AddWithValue("$user", userId);
        }) == 1);

    /// <inheritdoc/>
    public Task<UserAccount?> UseApiTokenAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var user = ReadUsers($"SELECT {string.Join(", ", UserColumns.Split(", ").Select(c => "u." + c))} FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $hash AND u.disabled = 0",
            c => c.Parameters.AddWithValue("$hash", tokenHash)).FirstOrDefault();
        if (user is not null)
        {
            Change("UPDATE api_tokens SET last_used = $now WHERE token_hash = $hash", c =>
            {
                c.Parameters.AddWithValue("$hash", tokenHash);
                c.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            });
        }

        return Task.FromResult(user);
    }

    /// <inheritdoc/>
    public Task<bool> GetOpenSignUpAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Scalar("SELECT value FROM settings WHERE key = $key", c => c.Parameters.AddWithValue("$key", OpenSignUpKey)) as string == "1");

    /// <inheritdoc/>
    public Task SetOpenSignUpAsync(bool open, CancellationToken cancellationToken = default)
    {
        Change("INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", c =>
        {
            c.Parameters.AddWithValue("$key", OpenSignUpKey);
            c.Parameters.AddWithValue("$value", open ? "1" : "0");
        });
        return Task.CompletedTask;
    }

    private List<UserAccount> ReadUsers(string sql, Action<SqliteCommand> bind)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var list = new List<UserAccount>();
        while (reader.Read())
        {
            list.Add(new UserAccount(reader.GetString(0), reader.GetString(1), reader.GetString(2), UserRoleNames.Parse(reader.GetString(3)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)))
            {
                Disabled = reader.GetInt64(4) != 0,
                FailedLogins = reader.GetInt32(5),
                LockedUntil = reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
            });
        }

        return list;
    }

    private object? Scalar(string sql, Action<SqliteCommand> bind, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        return command.ExecuteScalar();
    }

    private int Change(string sql, Action<SqliteCommand> bind)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return command.ExecuteNonQuery();
    }
}
