using System.Net;
using System.Net.Http.Json;
using Viva.Storage.Tests.Support;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>
/// Server mode's defences, over a SQLite and a PostgreSQL bank: a signed-in learner's browser still refuses changes
/// from pages of other origins (a page on another port of the same host is "same-site", so the session cookie travels
/// with it), only the public URL's host name is served, and identical ratings sent together land once.
/// </summary>
public sealed class ServerModeSafetyTests(AppsByStore<AccountsAppFixture> apps) : IClassFixture<AppsByStore<AccountsAppFixture>>
{
    private const int Racers = 8;

    private static async Task<(string CardId, int Version)> NextCardAsync(HttpClient client)
    {
        var card = (await WebAppFixture.ReadJsonAsync(await client.GetAsync("/api/practice/next"))).GetProperty("card");
        return (card.GetProperty("card_id").GetString()!, card.GetProperty("version").GetInt32());
    }

    private static async Task<int> HistoryLengthAsync(HttpClient client, string cardId) =>
        (await WebAppFixture.ReadJsonAsync(await client.GetAsync($"/api/questions/{Uri.EscapeDataString(cardId)}"))).GetProperty("history").GetArrayLength();

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_A_Signed_In_Change_From_Another_Origin_Or_Another_Port(string store)
    {
        // Given: alice signed in; pages of another site and of another port of this host post with her cookie
        var app = await apps.ForAsync(store);
        using var alice = await app.SignInAsync("alice");
        var (cardId, version) = await NextCardAsync(alice);
        var refused = new List<HttpStatusCode>();

        // When
        foreach (var (header, value) in new[] { ("Sec-Fetch-Site", "same-site"), ("Sec-Fetch-Site", "cross-site"), ("Origin", $"http://127.0.0.1:{app.Address.Port + 1}"), ("Origin", "https://evil.example") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reviews") { Content = JsonContent.Create(new { card_id = cardId, rating = 3, version }) };
            request.Headers.Add(header, value);
            refused.Add((await alice.SendAsync(request)).StatusCode);
        }

        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/reviews") { Content = JsonContent.Create(new { card_id = cardId, rating = 3, version }) };
        own.Headers.Add("Origin", AccountsAppFixture.PublicUrl);
        var accepted = (await alice.SendAsync(own)).StatusCode;

        // Then: nothing was stored from the other pages; the server's own origin is accepted
        Assert.All(refused, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal(HttpStatusCode.Created, accepted);
        Assert.Equal(1, await HistoryLengthAsync(alice, cardId));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Serve_The_Public_Host_Name_And_Refuse_Others(string store)
    {
        // Given
        var app = await apps.ForAsync(store);
        using var client = app.CreateTokenClient(app.AliceToken);

        // When
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/questions?limit=1");
        rebound.Headers.Host = "rebound.example";
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/api/questions?limit=1");
        proxied.Headers.Host = new Uri(AccountsAppFixture.PublicUrl).Host;

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(rebound)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(proxied)).StatusCode);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Accept_Exactly_One_Of_Identical_Ratings_Released_Together(string store)
    {
        // Given: bob's next card, and eight tabs of his holding the same form
        var app = await apps.ForAsync(store);
        using var bob = app.CreateTokenClient(app.BobToken);
        for (var round = 0; round < 3; round++)
        {
            var (cardId, version) = await NextCardAsync(bob);
            var logged = await HistoryLengthAsync(bob, cardId);

            // When: released together through a barrier
            using var barrier = new Barrier(Racers);
            var tabs = Enumerable.Range(0, Racers).Select(_ => app.CreateTokenClient(app.BobToken)).ToList();
            var statuses = await Task.WhenAll(tabs.Select(tab => Task.Factory.StartNew(() =>
            {
                barrier.SignalAndWait();
                return tab.PostAsJsonAsync("/api/reviews", new { card_id = cardId, rating = 3, version }).GetAwaiter().GetResult().StatusCode;
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
            tabs.ForEach(tab => tab.Dispose());

            // Then: one accepted, seven told the card changed, one more review, and the card stepped once
            Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
            Assert.Equal(Racers - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
            Assert.Equal(logged + 1, await HistoryLengthAsync(bob, cardId));
            var graded = await WebAppFixture.ReadJsonAsync(await bob.PostAsJsonAsync("/api/grade", new { card_id = cardId, answer = "" }));
            Assert.Equal(version + 1, graded.GetProperty("card").GetProperty("version").GetInt32());
        }
    }
}
