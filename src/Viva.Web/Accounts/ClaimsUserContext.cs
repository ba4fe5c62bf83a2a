using System.Security.Claims;
using Viva.Web.Users;

namespace Viva.Web.Accounts;

/// <summary>The signed-in account of a server (cookie or API token); an anonymous request acts for nobody.</summary>
public sealed class ClaimsUserContext(IHttpContextAccessor accessor) : IUserContext
{
    /// <summary>What an anonymous request's user id is: matches no account, so it owns and sees no one's documents.</summary>
    public const string Nobody = "";

    /// <inheritdoc/>
    public string UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Nobody;

    /// <inheritdoc/>
    public string SourcePrefix => $"~{accessor.HttpContext?.User.FindFirstValue(ClaimTypes.Name)}/";
}
