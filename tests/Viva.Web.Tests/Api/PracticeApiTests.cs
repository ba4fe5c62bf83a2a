using System.Net;
using System.Net.Http.Json;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>Next card, grade and submit review against the real app on loopback.</summary>
public sealed class PracticeApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> NextCardIdAsync()
    {
        var next = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/practice/next"));
        return next.GetProperty("card").GetProperty("card_id").GetString()!;
    }

    public sealed class TheNextCardEndpoint(WebAppFixture app) : IClassFixture<WebAppFixture>
    {
        [Fact]
        public async Task Should_Return_A_New_Curated_Card_On_An_Empty_Home()
        {
            // Given
            using var client = app.CreateClient();

            // When
            var response = await client.GetAsync("/api/practice/next");

            // Then
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await WebAppFixture.ReadJsonAsync(response);
            Assert.False(string.IsNullOrEmpty(body.GetProperty("card").GetProperty("card_id").GetString()));
            Assert.Equal(20, body.GetProperty("new").GetInt32());
        }

        [Fact]
        public async Task Should_Return_ProblemDetails_For_An_Unknown_Level()
        {
            // Given
            using var client = app.CreateClient();

            // When
            var response = await client.GetAsync("/api/practice/next?level=impossible");

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await WebAppFixture.ReadJsonAsync(response);
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.Contains("impossible", problem.GetProperty("errors").GetProperty("level")[0].GetString());
        }
    }

    [Fact]
    public async Task Should_Grade_An_Answer_And_Preview_Four_Ratings()
    {
        // Given
        var cardId = await NextCardIdAsync();

        // When
        var response = await _client.PostAsJsonAsync("/api/grade", new { card_id = cardId, answer = "my answer" });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await WebAppFixture.ReadJsonAsync(response);
        Assert.Equal(cardId, body.GetProperty("card").GetProperty("card_id").GetString());
        Assert.Equal(4, body.GetProperty("outcomes").GetArrayLength());
        Assert.Equal("Again", body.GetProperty("outcomes")[0].GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("reference_html").GetString()));
    }

    [Fact]
    public async Task Should_Return_404_ProblemDetails_When_Grading_An_Unknown_Card()
    {
        // When
        var response = await _client.PostAsJsonAsync("/api/grade", new { card_id = "no-such-card", answer = "x" });

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await WebAppFixture.ReadJsonAsync(response);
        Assert.Equal("Card not found", problem.GetProperty("title").GetString());
        Assert.Contains("no-such-card", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_Return_ProblemDetails_For_Malformed_Json()
    {
        // When
        using var content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/reviews", content);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (await WebAppFixture.ReadJsonAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Should_Reject_A_Rating_Outside_One_To_Four()
    {
        // Given
        var cardId = await NextCardIdAsync();

        // When
        var response = await _client.PostAsJsonAsync("/api/reviews", new { card_id = cardId, rating = 7 });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await WebAppFixture.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("rating", out _));
    }

    [Fact]
    public async Task Should_Record_A_Review_Once_And_Refuse_A_Stale_Repeat()
    {
        // Given
        var next = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/practice/next"));
        var card = next.GetProperty("card");
        var cardId = card.GetProperty("card_id").GetString()!;
        var version = card.GetProperty("version").GetInt32();

        // When
        var first = await _client.PostAsJsonAsync("/api/reviews", new { card_id = cardId, rating = 3, answer = "typed", duration_ms = 1500, version });
        var repeat = await _client.PostAsJsonAsync("/api/reviews", new { card_id = cardId, rating = 3, version });

        // Then
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var review = await WebAppFixture.ReadJsonAsync(first);
        Assert.Equal("Good", review.GetProperty("rating_name").GetString());
        Assert.True(review.GetProperty("id").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.Conflict, repeat.StatusCode);
        Assert.Equal("Card was modified", (await WebAppFixture.ReadJsonAsync(repeat)).GetProperty("title").GetString());
        var detail = await WebAppFixture.ReadJsonAsync(await _client.GetAsync($"/api/questions/{Uri.EscapeDataString(cardId)}"));
        Assert.Equal(1, detail.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Should_Undo_The_Latest_Rating_Once()
    {
        // Given
        var cardId = await NextCardIdAsync();
        var historyUrl = $"/api/questions/{Uri.EscapeDataString(cardId)}";
        var before = (await WebAppFixture.ReadJsonAsync(await _client.GetAsync(historyUrl))).GetProperty("history").GetArrayLength();
        var rated = await WebAppFixture.ReadJsonAsync(await _client.PostAsJsonAsync("/api/reviews", new { card_id = cardId, rating = 1 }));
        var id = rated.GetProperty("id").GetInt64();

        // When
        var undo = await _client.PostAsync($"/api/reviews/{id}/undo", null);
        var again = await _client.PostAsync($"/api/reviews/{id}/undo", null);

        // Then
        Assert.Equal(HttpStatusCode.NoContent, undo.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Cannot undo", (await WebAppFixture.ReadJsonAsync(again)).GetProperty("title").GetString());
        Assert.Equal(before, (await WebAppFixture.ReadJsonAsync(await _client.GetAsync(historyUrl))).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Should_Refuse_A_Cross_Site_Browser_Post()
    {
        // Given
        var cardId = await NextCardIdAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reviews") { Content = JsonContent.Create(new { card_id = cardId, rating = 3 }) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        // When
        var response = await _client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Cross-site request refused", (await WebAppFixture.ReadJsonAsync(response)).GetProperty("title").GetString());
    }
}
