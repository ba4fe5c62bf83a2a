using System.Text;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>A question page names the linked documents whose answers contradict the reference, and keeps both answers.</summary>
public sealed class ConflictsApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Should_Mark_A_Document_Whose_Answer_Contradicts_The_Curated_One()
    {
        // Given
        var wrong = "# Notes\n\n## What does L1 regularization do?\n\nL1 regularization shrinks all weights smoothly but never sets any of them to exactly zero, so it does not select features.\n";
        await WebAppFixture.UploadAsync(_client, ("backwards.md", Encoding.UTF8.GetBytes(wrong)));

        // When
        var detail = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/questions/l1-vs-l2-regularization"));
        var page = await (await _client.GetAsync("/questions/l1-vs-l2-regularization")).Content.ReadAsStringAsync();

        // Then
        var conflict = detail.GetProperty("conflicts")[0];
        Assert.Equal("backwards.md", conflict.GetProperty("source").GetString());
        Assert.Contains(detail.GetProperty("duplicates").EnumerateArray(), d => d.GetProperty("source").GetString() == "backwards.md");
        Assert.Contains("The documents disagree", page, StringComparison.Ordinal);
        var own = await WebAppFixture.ReadJsonAsync(await _client.GetAsync($"/api/questions/{conflict.GetProperty("id").GetString()}"));
        Assert.Contains("never sets any of them", own.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }
}
