using System.Net;

namespace Viva.Web.Hosting;

/// <summary>
/// Where the app may listen: loopback always; any other address only in server mode (accounts) with the public URL
/// users reach it by, since without a login anyone who can reach the port can read and change the bank.
/// </summary>
public static class ExposureRule
{
    /// <summary>True when <paramref name="url"/> listens on this machine's loopback interface only.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Split("://", 2)[^1].Split('/', 2)[0];
        host = host.StartsWith('[') ? host[1..Math.Max(1, host.IndexOf(']', StringComparison.Ordinal))] : host.Split(':')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>Why the app must not start with these settings (one line), or null when it may.</summary>
    /// <param name="urls">The addresses to listen on, semicolon-separated as <c>--urls</c> takes them; null or empty for the default (loopback).</param>
    /// <param name="options">The app's settings.</param>
    public static string? Refusal(string? urls, VivaWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PublicUrl.Length > 0 && !IsAbsoluteHttpUrl(options.PublicUrl))
        {
            return $"--public-url {options.PublicUrl}: give the address users open, such as https://viva.example.org";
        }

        var exposed = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(u => !IsLoopback(u)).ToList();
        if (exposed.Count == 0 || (options.Accounts && options.PublicUrl.Length > 0))
        {
            return null;
        }

        return $"refusing to listen on {string.Join(", ", exposed)} without accounts: add --accounts --public-url https://<the address users open>, or listen on 127.0.0.1";
    }

    private static bool IsAbsoluteHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
}
