using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>Numbers out of range, broken multipart bodies and TRACE get a 4xx, never a 500.</summary>
public sealed class BadInputTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> NextCardIdAsync() =>
        (await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/practice/next"))).GetProperty("card").GetProperty("card_id").GetString()!;

    private static void AssertClientError(HttpResponseMessage response, string what) =>
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{what}: {(int)response.StatusCode}");

    [Theory]
    [InlineData("\"duration_ms\": 9223372036854775807")]
    [InlineData("\"duration_ms\": 86400001")]
    [InlineData("\"duration_ms\": -1")]
    [InlineData("\"duration_ms\": 1e400")]
    [InlineData("\"rating\": 99999999999")]
    [InlineData("\"version\": 99999999999")]
    [InlineData("\"score\": 1e308")]
    public async Task Should_Answer_400_To_A_Review_With_A_Number_Out_Of_Range(string field)
    {
        // Given
        var cardId = await NextCardIdAsync();
        var json = field.StartsWith("\"rating\"", StringComparison.Ordinal)
            ? $"{{\"card_id\": \"{cardId}\", {field}}}"
            : $"{{\"card_id\": \"{cardId}\", \"rating\": 3, {field}}}";

        // When
        var response = await _client.PostAsync("/api/reviews", new StringContent(json, Encoding.UTF8, "application/json"));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/questions?limit=99999999999")]
    [InlineData("/api/questions?limit=-5")]
    [InlineData("/api/questions?limit=1e3")]
    [InlineData("/api/questions/search?q=loss&limit=99999999999")]
    [InlineData("/api/questions/search?q=loss&limit=0")]
    [InlineData("/api/practice/next?level=extreme")]
    public async Task Should_Answer_400_To_A_Limit_Out_Of_Range(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775807")]
    [InlineData("253402300800000")]
    public async Task Should_Record_A_Rating_From_A_Form_Whose_Shown_Time_Is_No_Time(string shownAt)
    {
        // Given: the practice form as a forged page would send it
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.Address };
        var cardId = await NextCardIdAsync();

        // When
        var response = await AccountsAppFixture.PostFormAsync(browser, "/practice", "/practice?handler=Rate",
            new() { ["cardId"] = cardId, ["rating"] = "3", ["shownAt"] = shownAt, ["version"] = "0" });

        // Then: saved with no answer time, not a 500
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=xyz", "garbage that is not multipart at all")]
    [InlineData("multipart/form-data", "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.md\"\r\n\r\n## Q?\r\n--xyz--\r\n")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.md\"\r\n\r\n## What is truncated?")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.md\"\r\nbroken header line without colon\r\n\r\nbody\r\n--xyz--\r\n")]
    [InlineData("multipart/form-data; boundary=\"", "--\r\n")]
    [InlineData("text/plain", "## What is not a form?")]
    public async Task Should_Answer_4xx_To_A_Garbage_Upload(string contentType, string body)
    {
        // Given
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        // When
        var response = await _client.PostAsync("/api/import", content);

        // Then
        AssertClientError(response, contentType);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_Answer_4xx_To_A_Garbage_Upload_To_The_Import_Page()
    {
        // Given
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("garbage that is not multipart at all"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        // When
        var response = await _client.PostAsync("/import", content);

        // Then
        AssertClientError(response, "/import");
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/api/questions")]
    [InlineData("TRACK", "/practice")]
    public async Task Should_Answer_405_To_Trace(string method, string path)
    {
        // When
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        // Then
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
