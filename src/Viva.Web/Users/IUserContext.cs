namespace Viva.Web.Users;

/// <summary>Who the current request acts for. Every review query is scoped by this id.</summary>
public interface IUserContext
{
    /// <summary>The user's id.</summary>
    string UserId { get; }
}
