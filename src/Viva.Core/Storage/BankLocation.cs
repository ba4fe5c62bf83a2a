namespace Viva.Core.Storage;

/// <summary>
/// Tells a PostgreSQL connection string (<c>Host=…;Database=…</c>) from a path to a SQLite file, so one option
/// (<c>--db</c>, <c>VIVA_DB</c>) can name either.
/// </summary>
public static class BankLocation
{
    private static readonly string[] ServerKeys = ["host", "server"];

    /// <summary>True when <paramref name="value"/> is a connection string naming a server rather than a file path.</summary>
    public static bool IsServer(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Split(';').Any(part => part.Split('=', 2) is [var key, _] && ServerKeys.Contains(key.Trim().ToLowerInvariant()));
}
