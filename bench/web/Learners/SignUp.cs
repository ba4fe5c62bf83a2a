using System.Net;
using System.Text.RegularExpressions;

namespace Viva.Bench.Learners;

/// <summary>Makes the admin through the setup link, opens sign-up, and signs learners up through the form, as browsers do.</summary>
internal static partial class SignUp
{
    private const string Password = "bench learner passphrase";

    /// <summary>A client that keeps its own cookies and does not follow redirects.</summary>
    public static HttpClient Client(Uri address) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 1 })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary><paramref name="count"/> learners, each signed in with a session cookie of its own.</summary>
    public static async Task<List<HttpClient>> LearnersAsync(Uri address, string setupToken, int count)
    {
        using (var admin = Client(address))
        {
            var setup = $"/account/setup?token={setupToken}";
            await PostFormAsync(admin, setup, setup, new() { ["Name"] = "admin", ["Password"] = Password });
            await PostFormAsync(admin, "/admin", "/admin?handler=SignUp", new() { ["Open"] = "true" }, HttpStatusCode.OK);
        }

        // Sign-ups hash a password each; a few at a time keeps the server's cores for the run's warm-up too.
        var learners = new HttpClient[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var client = Client(address);
            await PostFormAsync(client, "/account/signup", "/account/signup", new() { ["Name"] = $"learner{i:D3}", ["Password"] = Password });
            learners[i] = client;
        });
        return [.. learners];
    }

    // Sign-up and setup redirect once they sign in; the admin page shows itself again.
    private static async Task PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields, HttpStatusCode expected = HttpStatusCode.Redirect)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        using var form = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(action, form);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{action}: expected {(int)expected}, got {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
