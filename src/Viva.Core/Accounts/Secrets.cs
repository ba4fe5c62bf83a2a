using System.Security.Cryptography;
using System.Text;

namespace Viva.Core.Accounts;

/// <summary>
/// Random tokens (invites, personal access tokens) and the hashes they are stored as. A token carries 256 random bits,
/// so an unsalted SHA-256 is enough to keep a stolen database from being usable to sign in or call the API.
/// </summary>
public static class Secrets
{
    private const int TokenBytes = 32;

    /// <summary>A new random token: <paramref name="prefix"/> followed by URL-safe base64 of 32 random bytes.</summary>
    public static string NewToken(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of <paramref name="token"/>: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
