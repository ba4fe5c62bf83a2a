using System.Net;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>Listing, search, question pages, stats, OpenAPI and headers.</summary>
public sealed class QuestionsApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Should_List_Questions_Of_One_Level()
    {
        // When
        var response = await _client.GetAsync("/api/questions?level=advanced&limit=5");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var questions = (await WebAppFixture.ReadJsonAsync(response)).GetProperty("questions");
        Assert.InRange(questions.GetArrayLength(), 1, 5);
        Assert.All(questions.EnumerateArray(), q => Assert.Equal("advanced", q.GetProperty("level").GetString()));
    }

    [Theory]
    [InlineData("/api/questions?limit=0", "limit")]
    [InlineData("/api/questions?level=expertish", "level")]
    [InlineData("/api/questions/search?q=", "q")]
    public async Task Should_Return_A_Validation_Problem_For_Bad_Query_Values(string url, string field)
    {
        // When
        var response = await _client.GetAsync(url);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await WebAppFixture.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Should_Find_And_Highlight_Search_Matches()
    {
        // When
        var response = await _client.GetAsync("/api/questions/search?q=overfitting&limit=3");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await WebAppFixture.ReadJsonAsync(response)).GetProperty("results");
        Assert.True(results.GetArrayLength() > 0);
        Assert.Contains("<mark>", results[0].GetProperty("highlighted").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Return_404_ProblemDetails_For_An_Unknown_Question()
    {
        // When
        var response = await _client.GetAsync("/api/questions/q-nope");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await WebAppFixture.ReadJsonAsync(response);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Question not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_Report_Stats_With_Thirty_Days_Of_History_And_Forecast()
    {
        // When
        var response = await _client.GetAsync("/api/stats");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await WebAppFixture.ReadJsonAsync(response);
        Assert.Equal(30, body.GetProperty("stats").GetProperty("reviews_per_day").GetArrayLength());
        Assert.Equal(30, body.GetProperty("stats").GetProperty("forecast").GetArrayLength());
        Assert.Equal(30, body.GetProperty("retention_per_day").GetArrayLength());
        Assert.True(body.GetProperty("stats").GetProperty("topics").GetArrayLength() > 5);
    }

    [Fact]
    public async Task Should_Describe_Every_Api_Endpoint_In_The_OpenApi_Document()
    {
        // When
        var response = await _client.GetAsync("/openapi/v1.json");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await WebAppFixture.ReadJsonAsync(response)).GetProperty("paths");
        foreach (var path in new[] { "/api/questions", "/api/questions/search", "/api/questions/{id}", "/api/practice/next", "/api/grade", "/api/reviews", "/api/import", "/api/stats", "/health" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/practice")]
    [InlineData("/questions")]
    [InlineData("/import")]
    [InlineData("/stats")]
    [InlineData("/api/stats")]
    public async Task Should_Send_Security_Headers(string url)
    {
        // When
        var response = await _client.GetAsync(url);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
