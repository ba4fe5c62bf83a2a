namespace Viva.Core.Accounts;

/// <summary>The outcome of creating an account.</summary>
public enum AddUserResult
{
    /// <summary>The account exists now (and its invite, if any, is used up).</summary>
    Added,

    /// <summary>Another account has that name; nothing was stored.</summary>
    NameTaken,

    /// <summary>The invite is unknown, expired or already used; nothing was stored.</summary>
    InviteInvalid,
}
