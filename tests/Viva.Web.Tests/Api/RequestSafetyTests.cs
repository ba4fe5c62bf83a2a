using System.Net;
using System.Net.Http.Json;
using Viva.Web.Hosting;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>What keeps other pages, other host names and racing requests from changing the bank behind the user's back.</summary>
public sealed class RequestSafetyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const int Racers = 8;
    private const int Rounds = 12;

    private readonly HttpClient _client = app.CreateClient();

    private async Task<(string CardId, int Version)> NextCardAsync()
    {
        var card = (await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/practice/next"))).GetProperty("card");
        return (card.GetProperty("card_id").GetString()!, card.GetProperty("version").GetInt32());
    }

    private async Task<int> HistoryLengthAsync(string cardId) =>
        (await WebAppFixture.ReadJsonAsync(await _client.GetAsync($"/api/questions/{Uri.EscapeDataString(cardId)}")))
            .GetProperty("history").GetArrayLength();

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Origin", "http://127.0.0.1:1")]
    [InlineData("Origin", "http://evil.example")]
    public async Task Should_Refuse_A_Change_From_A_Page_Of_Another_Origin(string header, string value)
    {
        // Given: a page on another port of this machine is "same-site" to a browser, yet not this app
        var (cardId, _) = await NextCardAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reviews") { Content = JsonContent.Create(new { card_id = cardId, rating = 3 }) };
        request.Headers.Add(header, value);

        // When
        var response = await _client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await HistoryLengthAsync(cardId));
    }

    [Fact]
    public async Task Should_Accept_A_Change_From_Its_Own_Origin()
    {
        // Given
        var (cardId, version) = await NextCardAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reviews") { Content = JsonContent.Create(new { card_id = cardId, rating = 3, version }) };
        request.Headers.Add("Origin", app.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        // When
        var response = await _client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Should_Refuse_A_Host_Name_That_Is_Not_Allowed()
    {
        // Given: DNS rebinding sends the attacker's own name to 127.0.0.1
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/questions");
        request.Headers.Host = "rebound.example";

        // When
        var response = await _client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/questions")).StatusCode);
    }

    [Fact]
    public async Task Should_Accept_Exactly_One_Of_Identical_Ratings_Released_Together()
    {
        // The window between reading a card and writing its review is short, so the race is run on many cards.
        for (var round = 0; round < Rounds; round++)
        {
            // Given
            var (cardId, version) = await NextCardAsync();
            var logged = await HistoryLengthAsync(cardId);

            // When: eight submissions of the same form, released at once
            var responses = await RaceAsync(new { card_id = cardId, rating = 3, version });

            // Then
            Assert.Equal(1, responses.Count(r => r == HttpStatusCode.Created));
            Assert.Equal(Racers - 1, responses.Count(r => r == HttpStatusCode.Conflict));
            Assert.Equal(logged + 1, await HistoryLengthAsync(cardId));
            Assert.Equal(version + 1, await NextVersionOfAsync(cardId));
        }
    }

    [Fact]
    public async Task Should_Keep_Every_Rating_Sent_Together_Without_A_Version()
    {
        for (var round = 0; round < Rounds; round++)
        {
            // Given
            var (cardId, version) = await NextCardAsync();
            var logged = await HistoryLengthAsync(cardId);

            // When
            var responses = await RaceAsync(new { card_id = cardId, rating = 3 });

            // Then: every acknowledged rating is in the log, and the card counts each one
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r));
            Assert.Equal(logged + Racers, await HistoryLengthAsync(cardId));
            Assert.Equal(version + Racers, await NextVersionOfAsync(cardId));
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080", true)]
    [InlineData("http://[::]:5080", true)]
    [InlineData("http://*:5080", true)]
    [InlineData("http://+:80", true)]
    [InlineData("http://127.0.0.1:5080", false)]
    [InlineData("http://[::1]:5080", false)]
    [InlineData("http://localhost:5080", false)]
    public void Should_Tell_Which_Addresses_Listen_On_Every_Interface(string url, bool exposed) =>
        Assert.Equal(exposed, VivaWebApp.ListensOnAllInterfaces(url));

    private async Task<HttpStatusCode[]> RaceAsync(object body)
    {
        using var barrier = new Barrier(Racers);
        var clients = Enumerable.Range(0, Racers).Select(_ => app.CreateClient()).ToArray();
        try
        {
            var threads = clients.Select(client => Task.Factory.StartNew(() =>
            {
                barrier.SignalAndWait();
                return client.PostAsJsonAsync("/api/reviews", body).GetAwaiter().GetResult().StatusCode;
            }, TaskCreationOptions.LongRunning));
            return await Task.WhenAll(threads);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private async Task<int> NextVersionOfAsync(string cardId)
    {
        var graded = await WebAppFixture.ReadJsonAsync(await _client.PostAsJsonAsync("/api/grade", new { card_id = cardId, answer = "" }));
        return graded.GetProperty("card").GetProperty("version").GetInt32();
    }
}
