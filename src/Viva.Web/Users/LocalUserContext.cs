using Viva.Core.Scheduling;

namespace Viva.Web.Users;

/// <summary>The single local user of an installation without logins; replaced by an authenticated user later.</summary>
public sealed class LocalUserContext : IUserContext
{
    /// <inheritdoc/>
    public string UserId => ReviewService.LocalUser;
}
