using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;
using Viva.Web.Data;
using Viva.Web.Hosting;

namespace Viva.Web.Accounts;

/// <summary>Server mode's services and middleware: cookie and token authentication, login rate limiting, the admin policy.</summary>
public static class AccountsSetup
{
    /// <summary>The policy that only admins pass.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The rate-limiting policy of login, sign-up and setup posts.</summary>
    public const string LoginLimit = "login";

    private const string EitherScheme = "cookie-or-token";

    /// <summary>Adds authentication that reads an API token when one is sent and the session cookie otherwise.</summary>
    public static void AddAccounts(this IServiceCollection services, VivaWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddHttpContextAccessor();
        services.AddScoped<AccountService>();
        services.AddSingleton<SetupToken>();
        services.AddHostedService(provider => provider.GetRequiredService<SetupToken>());
        services.AddAuthentication(EitherScheme)
            .AddPolicyScheme(EitherScheme, "Cookie or API token", policy => policy.ForwardDefaultSelector = context =>
                AccessTokenHandler.HasToken(context.Request) ? AccessTokenHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "viva.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/account/login";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = RejectStaleSessionAsync;
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(AccountClaims.AdminRole));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(LoginLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginPostsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("read"));
        });
    }

    /// <summary>
    /// Every page needs a signed-in account (the fallback policy) except login, sign-up and setup, which are rate
    /// limited instead; the admin pages need the admin role.
    /// </summary>
    public static void ProtectPages(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        foreach (var page in new[] { "/Account/Login", "/Account/SignUp", "/Account/Setup" })
        {
            conventions.AllowAnonymousToPage(page);
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(LoginLimit)));
        }

        conventions.AuthorizeFolder("/Admin", AdminPolicy);
    }

    /// <summary>Adds the middleware, after routing: the client's scheme and address from a reverse proxy on this machine, then who is signed in.</summary>
    public static void UseAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
    }

    /// <summary>Trusts <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from a proxy on loopback (the defaults' known proxies), so cookies are marked Secure behind TLS.</summary>
    public static void UseProxyHeaders(this WebApplication app) =>
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });

    // The API answers 401/403 with no redirect; pages go to the login form.
    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    // A disabled account, or a password changed since the cookie was made, ends the session on its next request.
    private static async Task RejectStaleSessionAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(AccountClaims.StampType);
        using var lease = context.HttpContext.RequestServices.GetRequiredService<BankPool>().Rent();
        var user = id is null ? null : await lease.Accounts.FindUserAsync(id, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled || AccountClaims.Stamp(user) != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
