using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Viva.Web.Tests.Support;

/// <summary>Server mode where bob has imported a document, rated its card and started a mock; alice has done nothing.</summary>
public sealed class TwoLearnersFixture : AccountsAppFixture
{
    public const string BobsQuestion = "Which marsupial hums lullabies to the quokka colony at dusk?";

    public string BobQuestionId { get; private set; } = "";

    public string BobCardId { get; private set; } = "";

    public long BobReviewId { get; private set; }

    public long BobMockId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var bob = CreateTokenClient(BobToken);
        var imported = await UploadAsync(bob, "secret.md", $"# Quokka methods\n\n## {BobsQuestion}\n\nThe wallaby, softly, in marsupial harmony.\n");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var listed = await WebAppFixture.ReadJsonAsync(await bob.GetAsync("/api/questions?source=secret"));
        var question = listed.GetProperty("questions").EnumerateArray().Single();
        BobQuestionId = question.GetProperty("id").GetString()!;
        BobCardId = question.GetProperty("cluster").GetString()!;
        var review = await bob.PostAsJsonAsync("/api/reviews", new { card_id = BobCardId, rating = 3, score = 2.0, duration_ms = 1000 });
        Assert.Equal(HttpStatusCode.Created, review.StatusCode);
        BobReviewId = (await WebAppFixture.ReadJsonAsync(review)).GetProperty("id").GetInt64();

        using var browser = await SignInAsync("bob");
        var started = await PostFormAsync(browser, "/mock", "/mock?handler=Start",
            new() { ["track"] = "ml-engineer", ["questions"] = "2", ["minutes"] = "10", ["topics"] = "", ["level"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        BobMockId = long.Parse(started.Headers.Location!.OriginalString.Split("id=")[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, string markdown) =>
        WebAppFixture.UploadAsync(client, (name, Encoding.UTF8.GetBytes(markdown)));
}
