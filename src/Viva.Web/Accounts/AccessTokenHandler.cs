using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Viva.Core.Accounts;
using Viva.Web.Data;

namespace Viva.Web.Accounts;

/// <summary>Authenticates API calls that send <c>Authorization: Bearer &lt;personal access token&gt;</c>.</summary>
public sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, BankPool pool, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Bearer";

    private const string Prefix = "Bearer ";

    /// <summary>True when the request carries a bearer token (then the cookie is not consulted).</summary>
    public static bool HasToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasToken(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var token = Request.Headers.Authorization.ToString()[Prefix.Length..].Trim();
        if (token.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("malformed token");
        }

        using var lease = pool.Rent();
        var user = await lease.Accounts.UseApiTokenAsync(Secrets.Hash(token), time.GetUtcNow(), Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("unknown or revoked token")
            : AuthenticateResult.Success(new AuthenticationTicket(AccountClaims.For(user, SchemeName), SchemeName));
    }
}
