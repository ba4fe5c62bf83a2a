namespace Viva.Core.Accounts;

/// <summary>A personal access token as listed to its owner: the token itself is never stored, only its hash.</summary>
/// <param name="Id">The token's number, to revoke it.</param>
/// <param name="Name">What the owner called it.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="LastUsed">When it last authenticated a request; null if never.</param>
public sealed record ApiTokenInfo(long Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsed);
