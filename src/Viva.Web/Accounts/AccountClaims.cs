using System.Security.Claims;
using Viva.Core.Accounts;

namespace Viva.Web.Accounts;

/// <summary>What a signed-in principal carries, and the stamp that ends its sessions when the password changes.</summary>
public static class AccountClaims
{
    /// <summary>The claim holding <see cref="Stamp"/>.</summary>
    public const string StampType = "viva:stamp";

    /// <summary>The admin role's name in claims.</summary>
    public const string AdminRole = "admin";

    /// <summary>A short hash of the password hash: a session made before a password change no longer matches.</summary>
    public static string Stamp(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Secrets.Hash(user.PasswordHash)[..16];
    }

    /// <summary>The principal for <paramref name="user"/> under <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal For(UserAccount user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role == UserRole.Admin ? AdminRole : "learner"),
            new(StampType, Stamp(user)),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
