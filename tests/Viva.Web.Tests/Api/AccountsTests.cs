using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Viva.Storage.Tests.Support;
using Viva.Web.Accounts;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>Server mode's sign-in: setup, invites, open sign-up, lockout, tokens, sessions, the admin page; over a SQLite and a PostgreSQL bank.</summary>
public sealed partial class AccountsTests(AppsByStore<AccountsAppFixture> apps) : IClassFixture<AppsByStore<AccountsAppFixture>>
{
    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_Anonymous_Requests_But_Answer_Health(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        using var client = app.CreateCookieClient();

        // When
        var api = await client.GetAsync("/api/questions");
        var page = await client.GetAsync("/practice");
        var health = await client.GetAsync("/health");

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Use_The_Setup_Link_Once(string store)
    {
        var app = await apps.ForAsync(store);
        // Given: the fixture made the admin with the link printed at startup
        using var client = app.CreateCookieClient();

        // When
        var again = await client.GetAsync($"/account/setup?token={app.SetupTokenAtStart}");

        // Then
        Assert.NotNull(app.SetupTokenAtStart);
        Assert.Null(app.Services.GetRequiredService<SetupToken>().Current);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Accept_A_Token_Until_It_Is_Revoked_And_Refuse_A_Made_Up_One(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        using var alice = await app.SignInAsync("alice");
        var made = await AccountsAppFixture.PostFormAsync(alice, "/account", "/account?handler=CreateToken", new() { ["TokenName"] = "script" });
        var token = WebUtility.HtmlDecode(NewToken().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value);
        using var script = app.CreateTokenClient(token);
        using var forger = app.CreateTokenClient("viva_" + new string('A', 43));

        // When
        var before = await script.GetAsync("/api/stats");
        var forged = await forger.GetAsync("/api/stats");
        var id = TokenId().Matches(await alice.GetStringAsync("/account")).Select(m => m.Groups[1].Value).Max(v => long.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
        await AccountsAppFixture.PostFormAsync(alice, "/account", "/account?handler=RevokeToken", new() { ["TokenId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var after = await script.GetAsync("/api/stats");

        // Then
        Assert.StartsWith("viva_", token, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Lock_An_Account_After_Five_Failed_Logins_Even_For_The_Right_Password(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        await app.AddUserAsync("carol");
        using var client = app.CreateCookieClient();

        // When
        for (var i = 0; i < 5; i++)
        {
            var wrong = await AccountsAppFixture.PostFormAsync(client, "/account/login", "/account/login", new() { ["Name"] = "carol", ["Password"] = "not the password" });
            Assert.Contains("wrong name or password", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var right = await AccountsAppFixture.PostFormAsync(client, "/account/login", "/account/login", new() { ["Name"] = "carol", ["Password"] = AccountsAppFixture.Password });

        // Then
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked until", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_A_Login_Post_Without_The_Anti_Forgery_Token(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        using var client = app.CreateCookieClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "alice", ["Password"] = AccountsAppFixture.Password });

        // When
        var response = await client.PostAsync("/account/login", form);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Sign_Up_Once_With_An_Invite_From_The_Admin(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        using var admin = await app.SignInAsync("root");
        var page = await AccountsAppFixture.PostFormAsync(admin, "/admin", "/admin?handler=Invite", []);
        var link = new Uri(WebUtility.HtmlDecode(InviteLink().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value));
        var path = link.PathAndQuery;
        using var dave = app.CreateCookieClient();
        using var eve = app.CreateCookieClient();

        // When
        var signedUp = await AccountsAppFixture.PostFormAsync(dave, path, path, new() { ["Name"] = "dave", ["Password"] = AccountsAppFixture.Password });
        var reused = await eve.GetStringAsync(path);

        // Then
        Assert.Equal(AccountsAppFixture.PublicUrl, link.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dave.GetAsync("/practice")).StatusCode);
        Assert.Contains("signup-closed", reused, StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Sign_Up_Without_An_Invite_Only_While_The_Admin_Keeps_Sign_Up_Open(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        using var admin = await app.SignInAsync("root");
        using var visitor = app.CreateCookieClient();
        var closed = await visitor.GetStringAsync("/account/signup");

        // When
        await AccountsAppFixture.PostFormAsync(admin, "/admin", "/admin?handler=SignUp", new() { ["Open"] = "true" });
        var opened = await AccountsAppFixture.PostFormAsync(visitor, "/account/signup", "/account/signup", new() { ["Name"] = "frank", ["Password"] = AccountsAppFixture.Password });
        await AccountsAppFixture.PostFormAsync(admin, "/admin", "/admin?handler=SignUp", new() { ["Open"] = "false" });
        var closedAgain = await app.CreateCookieClient().GetStringAsync("/account/signup");

        // Then
        Assert.Contains("signup-closed", closed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("signup-closed", closedAgain, StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_End_The_Sessions_And_Tokens_Of_A_Disabled_Account(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        var id = await app.AddUserAsync("grace");
        using var grace = await app.SignInAsync("grace");
        using var admin = await app.SignInAsync("root");

        // When
        await AccountsAppFixture.PostFormAsync(admin, "/admin", "/admin?handler=Disable", new() { ["AccountId"] = id, ["Disable"] = "true" });
        var page = await grace.GetAsync("/practice");
        using var again = app.CreateCookieClient();
        var login = await AccountsAppFixture.PostFormAsync(again, "/account/login", "/account/login", new() { ["Name"] = "grace", ["Password"] = AccountsAppFixture.Password });

        // Then
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("disabled", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_End_Other_Sessions_When_The_Password_Changes(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        await app.AddUserAsync("heidi");
        using var laptop = await app.SignInAsync("heidi");
        using var phone = await app.SignInAsync("heidi");

        // When
        var changed = await AccountsAppFixture.PostFormAsync(laptop, "/account", "/account?handler=Password",
            new() { ["CurrentPassword"] = AccountsAppFixture.Password, ["NewPassword"] = "a brand new passphrase" });

        // Then
        Assert.Contains("Password changed.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/practice")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/practice")).StatusCode);
        using var fresh = await app.SignInAsync("heidi", "a brand new passphrase");
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Keep_Learners_Out_Of_The_Admin_Page(string store)
    {
        // Given
        var app = await apps.ForAsync(store);

        using var alice = await app.SignInAsync("alice");
        using var admin = await app.SignInAsync("root");

        // When
        var learner = await alice.GetAsync("/admin");
        var root = await admin.GetAsync("/admin");

        // Then
        Assert.Equal(HttpStatusCode.Redirect, learner.StatusCode);
        Assert.StartsWith("/account/denied", learner.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Keep_Data_Protection_Keys_Under_Viva_Home(string store)
    {
        var app = await apps.ForAsync(store);
        // Given: the app signed cookies and anti-forgery tokens already
        using var alice = await app.SignInAsync("alice");

        // Then
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.Home, "keys"), "key-*.xml"));
    }

    [GeneratedRegex("id=\"new-token\">([^<]+)<")]
    private static partial Regex NewToken();

    [GeneratedRegex("name=\"TokenId\" value=\"(\\d+)\"")]
    private static partial Regex TokenId();

    [GeneratedRegex("id=\"invite-link\">([^<]+)<")]
    private static partial Regex InviteLink();
}

/// <summary>The login endpoint's rate limit, on an app of its own so other tests' logins do not count.</summary>
public sealed class LoginRateLimitTests(SmallLoginLimitFixture app) : IClassFixture<SmallLoginLimitFixture>
{
    [Fact]
    public async Task Should_Answer_429_Once_A_Client_Posts_Too_Many_Logins_In_A_Minute()
    {
        // Given
        using var client = app.CreateCookieClient();
        var statuses = new List<HttpStatusCode>();

        // When
        for (var i = 0; i <= SmallLoginLimitFixture.Limit; i++)
        {
            var response = await AccountsAppFixture.PostFormAsync(client, "/account/login", "/account/login", new() { ["Name"] = "nobody", ["Password"] = "guess" });
            statuses.Add(response.StatusCode);
        }

        // Then
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
