using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Viva.Core.Accounts;
using Viva.Storage.Tests.Support;
using Viva.Web.Accounts;
using Viva.Web.Data;
using Viva.Web.Hosting;

namespace Viva.Web.Tests.Support;

/// <summary>
/// The app in server mode over a fresh VIVA_HOME: the admin made through the setup link, then two learners, alice and
/// bob, each with an API token. The bank is <c>viva.db</c> in the home folder, or a fresh PostgreSQL schema when
/// <see cref="Store"/> says so (see <see cref="AppsByStore{TApp}"/>).
/// </summary>
public partial class AccountsAppFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string PublicUrl = "https://viva.example.org";

    private WebApplication? _app;

    public string Home { get; } = Path.Combine(Path.GetTempPath(), "viva-accounts-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Which store holds the bank (<see cref="StoreKinds"/>).</summary>
    public string Store { get; set; } = StoreKinds.Sqlite;

    /// <summary>The PostgreSQL connection string of the bank's schema; null for SQLite.</summary>
    public string? Database { get; private set; }

    public Uri Address { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>The setup token printed at startup (null once used).</summary>
    public string? SetupTokenAtStart { get; private set; }

    public string AliceToken { get; private set; } = "";

    public string BobToken { get; private set; } = "";

    /// <summary>Login posts allowed per minute; the rate-limit test runs an app of its own with a small number.</summary>
    protected virtual int LoginPostsPerMinute => 10_000;

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(Home);
        Database = Store == StoreKinds.Postgres ? TestPostgres.CreateSchema() : null;
        _app = VivaWebApp.Build(["--urls", "http://127.0.0.1:0", "--Viva:Home", Home, "--Viva:Accounts", "true", "--Viva:PublicUrl", PublicUrl,
            "--Viva:LoginPostsPerMinute", LoginPostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "--Logging:LogLevel:Default", "Warning",
            .. Database is null ? Array.Empty<string>() : ["--Viva:Database", Database]]);
        await _app.StartAsync();
        Address = new Uri(_app.Urls.First());
        SetupTokenAtStart = Services.GetRequiredService<SetupToken>().Current;

        // The admin comes through the setup page, as an operator's would.
        using (var admin = CreateCookieClient())
        {
            var made = await PostFormAsync(admin, $"/account/setup?token={SetupTokenAtStart}", $"/account/setup?token={SetupTokenAtStart}",
                new() { ["Name"] = "root", ["Password"] = Password });
            if (made.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"setup failed: {made.StatusCode} {await made.Content.ReadAsStringAsync()}");
            }
        }

        await AddUserAsync("alice");
        await AddUserAsync("bob");
        AliceToken = await TokenAsync("alice");
        BobToken = await TokenAsync("bob");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Database is not null)
        {
            TestPostgres.DropSchema(Database);
        }

        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    /// <summary>Creates a learner with <see cref="Password"/> straight through the account service.</summary>
    public async Task<string> AddUserAsync(string name, UserRole role = UserRole.Learner)
    {
        using var lease = Services.GetRequiredService<BankPool>().Rent();
        var service = new AccountService(lease, Services.GetRequiredService<IOptions<VivaWebOptions>>(), TimeProvider.System);
        var error = await service.CreateAsync(name, Password, role, null, null, CancellationToken.None);
        Assert.Null(error);
        return (await lease.Accounts.FindUserByNameAsync(name))!.Id;
    }

    private async Task<string> TokenAsync(string name)
    {
        using var lease = Services.GetRequiredService<BankPool>().Rent();
        var service = new AccountService(lease, Services.GetRequiredService<IOptions<VivaWebOptions>>(), TimeProvider.System);
        return await service.CreateTokenAsync((await lease.Accounts.FindUserByNameAsync(name))!.Id, "tests", CancellationToken.None);
    }

    /// <summary>A client sending <c>Authorization: Bearer</c> with <paramref name="token"/>.</summary>
    public HttpClient CreateTokenClient(string token)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateCookieClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>A cookie client signed in through the login form.</summary>
    public async Task<HttpClient> SignInAsync(string name, string password = Password)
    {
        var client = CreateCookieClient();
        var response = await PostFormAsync(client, "/account/login", "/account/login", new() { ["Name"] = name, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login of {name} failed: {response.StatusCode}");
        return client;
    }

    /// <summary>Loads <paramref name="page"/> for its anti-forgery token, then posts <paramref name="fields"/> with it to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var html = await client.GetStringAsync(page);
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"no anti-forgery token on {page}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
