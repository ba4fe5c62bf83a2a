using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>"I was right" / "I was wrong" over the API and on the practice page without script, against the real app.</summary>
public sealed class GradeOverrideApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> NextCardIdAsync()
    {
        var next = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/practice/next"));
        return next.GetProperty("card").GetProperty("card_id").GetString()!;
    }

    private async Task<JsonElement> RateAsync(object review)
    {
        var response = await _client.PostAsJsonAsync("/api/reviews", review);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await WebAppFixture.ReadJsonAsync(response);
    }

    private async Task<JsonElement> LatestHistoryAsync(string cardId)
    {
        var detail = await WebAppFixture.ReadJsonAsync(await _client.GetAsync($"/api/questions/{Uri.EscapeDataString(cardId)}"));
        return detail.GetProperty("history").EnumerateArray().Last();
    }

    private async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await WebAppFixture.ReadJsonAsync(response);
    }

    [Fact]
    public async Task Should_Store_An_Override_Sent_With_The_Review()
    {
        // Given
        var cardId = await NextCardIdAsync();

        // When
        var review = await RateAsync(new { card_id = cardId, rating = 3, answer = "typed", score = 1.5, grade_override = "right" });

        // Then
        Assert.Equal("right", review.GetProperty("grade_override").GetString());
        var stored = await LatestHistoryAsync(cardId);
        Assert.Equal(review.GetProperty("id").GetInt64(), stored.GetProperty("id").GetInt64());
        Assert.Equal("right", stored.GetProperty("grade_override").GetString());
    }

    [Theory]
    [InlineData("maybe", 2.0, "\"right\"")]
    [InlineData("wrong", null, "send the score too")]
    public async Task Should_Reject_A_Bad_Override_On_A_Review_With_ProblemDetails(string verdict, double? score, string message)
    {
        // Given
        var cardId = await NextCardIdAsync();

        // When
        var response = await _client.PostAsJsonAsync("/api/reviews", new { card_id = cardId, rating = 3, score, grade_override = verdict });

        // Then
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("grade_override")[0].GetString());
    }

    [Fact]
    public async Task Should_Set_Change_And_Withdraw_The_Override_Of_A_Stored_Review()
    {
        // Given
        var cardId = await NextCardIdAsync();
        var id = (await RateAsync(new { card_id = cardId, rating = 1, answer = "typed", score = 4.5 })).GetProperty("id").GetInt64();
        Assert.Equal(JsonValueKind.Null, (await LatestHistoryAsync(cardId)).GetProperty("grade_override").ValueKind);

        // When / Then
        var wrong = await _client.PostAsJsonAsync($"/api/reviews/{id}/override", new { verdict = "wrong" });
        Assert.Equal(HttpStatusCode.NoContent, wrong.StatusCode);
        Assert.Equal("wrong", (await LatestHistoryAsync(cardId)).GetProperty("grade_override").GetString());

        var none = await _client.PostAsJsonAsync($"/api/reviews/{id}/override", new { verdict = "none" });
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await LatestHistoryAsync(cardId)).GetProperty("grade_override").ValueKind);
    }

    [Fact]
    public async Task Should_Answer_ProblemDetails_When_The_Review_Cannot_Take_An_Override()
    {
        // Given: one review without a score, one that is undone, and a verdict that is not a word we know
        var cardId = await NextCardIdAsync();
        var ungraded = (await RateAsync(new { card_id = cardId, rating = 3 })).GetProperty("id").GetInt64();
        var undone = (await RateAsync(new { card_id = await NextCardIdAsync(), rating = 3, score = 2.0 })).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await _client.PostAsync($"/api/reviews/{undone}/undo", null)).StatusCode);

        // When
        var notGraded = await _client.PostAsJsonAsync($"/api/reviews/{ungraded}/override", new { verdict = "right" });
        var gone = await _client.PostAsJsonAsync($"/api/reviews/{undone}/override", new { verdict = "right" });
        var missing = await _client.PostAsJsonAsync("/api/reviews/987654321/override", new { verdict = "wrong" });
        var bad = await _client.PostAsJsonAsync($"/api/reviews/{ungraded}/override", new { verdict = "perhaps" });

        // Then
        Assert.Equal("Review was not graded", (await ProblemAsync(notGraded, HttpStatusCode.Conflict)).GetProperty("title").GetString());
        Assert.Equal("Review not found", (await ProblemAsync(gone, HttpStatusCode.NotFound)).GetProperty("title").GetString());
        Assert.Contains("987654321", (await ProblemAsync(missing, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        Assert.True((await ProblemAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("verdict", out _));
    }

    [Fact]
    public async Task Should_Take_I_Was_Right_On_The_Page_Without_Script_And_Save_It_With_The_Rating()
    {
        // Given: the question step, answered through the form
        var question = await _client.GetStringAsync("/practice");
        var cardId = Field(question, "cardId");
        var graded = await PostFormAsync("/practice?handler=Grade", question,
            new() { ["cardId"] = cardId, ["answer"] = "Something vague about data.", ["shownAt"] = Field(question, "shownAt") });
        Assert.Contains("id=\"verdict-right\"", graded);

        // When: "I was right"
        var form = RatingForm(graded);
        form["verdict"] = "right";
        var judged = await PostFormAsync("/practice?handler=Verdict", graded, form);

        // Then: the verdict is shown, carried by the rating form, and the suggestion is at least Good
        Assert.Contains("id=\"verdict-note\"", judged);
        Assert.Equal("right", Field(judged, "gradeOverride"));
        Assert.Matches("class=\"rating suggested\"[^>]*>\\s*<kbd>[34]</kbd>", judged);

        // When: the rating is given
        var rating = RatingForm(judged);
        rating["rating"] = "3";
        var saved = await PostFormAsync("/practice?handler=Rate", judged, rating);

        // Then
        Assert.Contains("“I was right” noted", WebUtility.HtmlDecode(saved));
        var stored = await LatestHistoryAsync(cardId);
        Assert.Equal("right", stored.GetProperty("grade_override").GetString());
        Assert.Equal(3, stored.GetProperty("rating").GetInt32());
        var history = WebUtility.HtmlDecode(await _client.GetStringAsync($"/questions/{Uri.EscapeDataString(cardId)}"));
        Assert.Contains("(I was right)", history);
    }

    [Fact]
    public async Task Should_Quote_On_The_Page_The_Words_That_Earned_Each_Covered_Point()
    {
        // Given: an answer that states the card's first key point
        var question = await _client.GetStringAsync("/practice");
        var cardId = Field(question, "cardId");
        var card = await WebAppFixture.ReadJsonAsync(await _client.GetAsync($"/api/questions/{Uri.EscapeDataString(cardId)}"));
        var keyPoint = card.GetProperty("key_points")[0].GetString()!;

        // When
        var graded = WebUtility.HtmlDecode(await PostFormAsync("/practice?handler=Grade", question,
            new() { ["cardId"] = cardId, ["answer"] = $"First of all: {keyPoint}", ["shownAt"] = Field(question, "shownAt") }));

        // Then
        var covered = Regex.Match(graded, "<ul class=\"covered\">(.*?)</ul>", RegexOptions.Singleline);
        Assert.True(covered.Success, "no covered list on the page");
        Assert.Contains("<span class=\"quote\">", covered.Groups[1].Value);
    }

    private Dictionary<string, string> RatingForm(string page) =>
        new[] { "cardId", "answer", "score", "shownAt", "version", "topic", "level", "gradeOverride" }.ToDictionary(n => n, n => Field(page, n));

    private async Task<string> PostFormAsync(string path, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Field(page, "__RequestVerificationToken");
        using var content = new FormUrlEncodedContent(fields);
        var response = await _client.PostAsync(path, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // Razor leaves the value attribute out when it is null, so a field without one reads as empty.
    private static string Field(string page, string name)
    {
        var input = Regex.Match(page, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        Assert.True(input.Success, $"no field {name} on the page");
        var value = Regex.Match(input.Value, "value=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
    }
}
