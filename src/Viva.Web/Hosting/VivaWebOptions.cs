using System.ComponentModel.DataAnnotations;

namespace Viva.Web.Hosting;

/// <summary>Settings of the web app, bound from the <c>Viva</c> section (<c>Viva__Home</c> and so on in the environment).</summary>
public sealed class VivaWebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Viva";

    /// <summary>The folder that holds <c>viva.db</c>; empty for <c>VIVA_HOME</c> or <c>~/.local/share/viva</c>.</summary>
    public string Home { get; set; } = string.Empty;

    /// <summary>The bank: a SQLite file, or a PostgreSQL connection string (<c>Host=…;Database=…</c>); empty for <c>VIVA_DB</c>, else <c>viva.db</c> in <see cref="Home"/>.</summary>
    public string Database { get; set; } = string.Empty;

    /// <summary>New cards allowed per study day.</summary>
    [Range(0, 10_000)]
    public int NewPerDay { get; set; } = 20;

    /// <summary>Largest upload accepted by import, in bytes (all files of one request together).</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 21 * 1024 * 1024;

    /// <summary>Server mode: every page and API call needs a signed-in account (<c>--accounts</c>).</summary>
    public bool Accounts { get; set; }

    /// <summary>The address users reach the server by, e.g. <c>https://viva.example.org</c>; required to listen beyond loopback.</summary>
    public string PublicUrl { get; set; } = string.Empty;

    /// <summary>Failed logins in a row that lock an account.</summary>
    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Login, sign-up and setup posts accepted per client address and minute, whatever the account.</summary>
    [Range(1, 100_000)]
    public int LoginPostsPerMinute { get; set; } = 20;

    /// <summary>The bank actually used: <see cref="Database"/>, else <c>VIVA_DB</c>; null for <c>viva.db</c> in the data folder.</summary>
    public string? ResolvedDatabase() =>
        Database is { Length: > 0 } ? Database
        : Environment.GetEnvironmentVariable("VIVA_DB") is { Length: > 0 } database ? database
        : null;

    /// <summary>The data folder actually used.</summary>
    public string ResolvedHome() =>
        Home is { Length: > 0 } ? Home
        : Environment.GetEnvironmentVariable("VIVA_HOME") is { Length: > 0 } home ? home
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "viva");
}
