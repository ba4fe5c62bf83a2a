namespace Viva.Web.Users;

/// <summary>Who the current request acts for. Every review query is scoped by this id.</summary>
public interface IUserContext
{
    /// <summary>The user's id.</summary>
    string UserId { get; }

    /// <summary>
    /// What the names of documents this user imports start with: nothing on a local installation, <c>~name/</c> on a
    /// server, so two accounts' <c>notes.md</c> are two documents.
    /// </summary>
    string SourcePrefix => "";
}
