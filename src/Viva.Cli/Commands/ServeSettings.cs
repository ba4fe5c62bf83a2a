using System.Net;

namespace Viva.Cli.Commands;

/// <summary>What <c>viva serve</c> was asked for, and whether it may listen where it was told to.</summary>
/// <param name="Urls">Where to listen, semicolon-separated.</param>
/// <param name="AllowedHosts">Host names to answer to; null for this machine's.</param>
/// <param name="Accounts">Server mode (sign-in required).</param>
/// <param name="PublicUrl">The address users open; null when not given.</param>
public sealed record ServeSettings(string Urls, string? AllowedHosts, bool Accounts, string? PublicUrl)
{
    /// <summary>
    /// Why serving must be refused (one line), or null. Beyond loopback, anyone who can reach the port could read and
    /// change the bank, so that needs accounts and the public URL they sign in at. The web app applies the same rule.
    /// </summary>
    public string? Refusal()
    {
        if (PublicUrl is { Length: > 0 } url
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            return $"--public-url {url}: give the address users open, such as https://viva.example.org";
        }

        var exposed = Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(u => !IsLoopback(u)).ToList();
        return exposed.Count == 0 || (Accounts && PublicUrl is { Length: > 0 }) ? null
            : $"refusing to listen on {string.Join(", ", exposed)} without accounts: add --accounts --public-url https://<the address users open>, or listen on 127.0.0.1";
    }

    private static bool IsLoopback(string url)
    {
        var host = url.Split("://", 2)[^1].Split('/', 2)[0];
        host = host.StartsWith('[') ? host[1..Math.Max(1, host.IndexOf(']', StringComparison.Ordinal))] : host.Split(':')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
