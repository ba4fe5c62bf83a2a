using System.Net;
using System.Net.Http.Json;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>The grade endpoint's feedback: each covered key point comes with the words of the answer that earned it.</summary>
public sealed class GradeFeedbackApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Should_Quote_The_Words_That_Covered_Each_Key_Point()
    {
        // Given
        using var client = app.CreateClient();
        var next = await WebAppFixture.ReadJsonAsync(await client.GetAsync("/api/practice/next"));
        var cardId = next.GetProperty("card").GetProperty("card_id").GetString()!;
        var first = await WebAppFixture.ReadJsonAsync(await client.PostAsJsonAsync("/api/grade", new { card_id = cardId, answer = "no idea" }));
        var keyPoint = first.GetProperty("key_points")[0].GetString()!;
        var answer = $"Well, to start with: {keyPoint} That is the main thing I remember.";

        // When
        var response = await client.PostAsJsonAsync("/api/grade", new { card_id = cardId, answer });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await WebAppFixture.ReadJsonAsync(response);
        var covered = body.GetProperty("covered").EnumerateArray().Select(c => c.GetString()).ToList();
        var quotes = body.GetProperty("quotes").EnumerateArray().Select(q => q.GetString()!).ToList();
        Assert.Contains(keyPoint, covered);
        Assert.Equal(covered.Count, quotes.Count);
        var quote = quotes[covered.IndexOf(keyPoint)];
        Assert.False(string.IsNullOrWhiteSpace(quote));
        Assert.Contains(quote.Split(" … ")[0], answer, StringComparison.Ordinal);
        Assert.True(body.GetProperty("contradictions").GetArrayLength() == 0, body.ToString());
    }
}
