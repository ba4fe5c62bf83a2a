using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Viva.Storage.Tests.Support;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>
/// Every endpoint acts for the signed-in account: alice can neither read nor change bob's imports, cards, reviews or
/// mocks. Each test also checks that bob sees what alice does not, so a test cannot pass by showing nothing to anyone.
/// Each runs over a SQLite and over a PostgreSQL bank.
/// </summary>
public sealed class AccountScopingTests(AppsByStore<TwoLearnersFixture> apps) : IClassFixture<AppsByStore<TwoLearnersFixture>>
{
    private TwoLearnersFixture _app = null!;
    private HttpClient _alice = null!;
    private HttpClient _bob = null!;

    private async Task UseAsync(string store)
    {
        _app = await apps.ForAsync(store);
        _alice = _app.CreateTokenClient(_app.AliceToken);
        _bob = _app.CreateTokenClient(_app.BobToken);
    }

    private static async Task<string> BodyAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Leave_Bobs_Questions_Out_Of_Alices_List(string store)
    {
        await UseAsync(store);

        var alice = await BodyAsync(_alice, "/api/questions?limit=1000");
        var aliceBySource = await BodyAsync(_alice, "/api/questions?source=secret");

        Assert.DoesNotContain(_app.BobQuestionId, alice, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.BobQuestionId, aliceBySource, StringComparison.Ordinal);
        Assert.Contains(_app.BobQuestionId, await BodyAsync(_bob, "/api/questions?source=secret"), StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Leave_Bobs_Questions_Out_Of_Alices_Search(string store)
    {
        await UseAsync(store);

        var alice = await BodyAsync(_alice, "/api/questions/search?q=quokka+colony+lullabies");

        Assert.DoesNotContain(_app.BobQuestionId, alice, StringComparison.Ordinal);
        Assert.Contains(_app.BobQuestionId, await BodyAsync(_bob, "/api/questions/search?q=quokka+colony+lullabies"), StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Answer_Not_Found_When_Alice_Opens_Bobs_Question(string store)
    {
        await UseAsync(store);

        var alice = await _alice.GetAsync($"/api/questions/{_app.BobQuestionId}");

        Assert.Equal(HttpStatusCode.NotFound, alice.StatusCode);
        Assert.Contains("wallaby", await BodyAsync(_bob, $"/api/questions/{_app.BobQuestionId}"), StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Leave_Bobs_Document_Out_Of_Alices_Sources(string store)
    {
        await UseAsync(store);

        Assert.DoesNotContain("~bob/", await BodyAsync(_alice, "/api/sources"), StringComparison.Ordinal);
        Assert.Contains("~bob/secret.md", await BodyAsync(_bob, "/api/sources"), StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Leave_Bobs_Cards_Out_Of_Alices_Practice_Queue(string store)
    {
        await UseAsync(store);

        var alice = await WebAppFixture.ReadJsonAsync(await _alice.GetAsync("/api/practice/next?topic=quokka"));

        Assert.Equal(JsonValueKind.Null, alice.GetProperty("card").ValueKind);
        Assert.Equal(0, alice.GetProperty("new").GetInt32() + alice.GetProperty("due").GetInt32() + alice.GetProperty("learning").GetInt32());
        var bob = await WebAppFixture.ReadJsonAsync(await _bob.GetAsync("/api/practice/next?topic=quokka"));
        Assert.Equal(_app.BobCardId, bob.GetProperty("card").GetProperty("card_id").GetString());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_To_Grade_Or_Rate_Bobs_Card_For_Alice(string store)
    {
        await UseAsync(store);

        var grade = await _alice.PostAsJsonAsync("/api/grade", new { card_id = _app.BobCardId, answer = "hops" });
        var rate = await _alice.PostAsJsonAsync("/api/reviews", new { card_id = _app.BobCardId, rating = 1 });

        Assert.Equal(HttpStatusCode.NotFound, grade.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _bob.PostAsJsonAsync("/api/grade", new { card_id = _app.BobCardId, answer = "hops" })).StatusCode);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_To_Undo_Or_Overrule_Bobs_Review_For_Alice(string store)
    {
        await UseAsync(store);

        var undo = await _alice.PostAsync($"/api/reviews/{_app.BobReviewId}/undo", null);
        var overrule = await _alice.PostAsJsonAsync($"/api/reviews/{_app.BobReviewId}/override", new { verdict = "right" });

        Assert.Equal(HttpStatusCode.Conflict, undo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, overrule.StatusCode);
        var history = (await WebAppFixture.ReadJsonAsync(await _bob.GetAsync($"/api/questions/{_app.BobQuestionId}"))).GetProperty("history");
        Assert.Equal(_app.BobReviewId, Assert.Single(history.EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Leave_Bobs_Cards_And_Reviews_Out_Of_Alices_Stats(string store)
    {
        await UseAsync(store);

        var alice = await BodyAsync(_alice, "/api/stats");
        var bob = await BodyAsync(_bob, "/api/stats");

        Assert.DoesNotContain("Quokka", alice, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Quokka", bob, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Keep_Two_Accounts_Documents_Of_The_Same_Name_Apart(string store)
    {
        await UseAsync(store);

        // When: alice uploads a file of the same name as bob's
        var imported = await TwoLearnersFixture.UploadAsync(_alice, "secret.md", "## What does the wombat optimiser do?\n\nIt digs.\n");

        // Then
        Assert.Equal("~alice/secret.md", (await WebAppFixture.ReadJsonAsync(imported)).GetProperty("documents")[0].GetProperty("source").GetString());
        Assert.Contains("wallaby", await BodyAsync(_bob, $"/api/questions/{_app.BobQuestionId}"), StringComparison.Ordinal);
        Assert.DoesNotContain("wombat", await BodyAsync(_bob, "/api/questions?source=secret"), StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Keep_Bobs_Pages_From_Alice(string store)
    {
        // Given
        await UseAsync(store);

        using var alice = await _app.SignInAsync("alice");
        using var bob = await _app.SignInAsync("bob");

        // Then: question page, browse, search, practice, stats, mock and its report
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync($"/questions/{_app.BobQuestionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync($"/questions/{_app.BobQuestionId}")).StatusCode);
        foreach (var page in new[] { "/questions?source=secret", "/questions?q=quokka+colony+lullabies", "/practice?topic=quokka", "/stats", "/" })
        {
            var html = await BodyAsync(alice, page);
            Assert.DoesNotContain(TwoLearnersFixture.BobsQuestion, html, StringComparison.Ordinal);
            Assert.DoesNotContain(_app.BobQuestionId, html, StringComparison.Ordinal);
        }

        Assert.Contains(TwoLearnersFixture.BobsQuestion, await BodyAsync(bob, "/questions?source=secret"), StringComparison.Ordinal);
        Assert.Contains(_app.BobQuestionId, await BodyAsync(bob, "/questions?q=quokka+colony+lullabies"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync($"/mock?id={_app.BobMockId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync($"/mock/report?id={_app.BobMockId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync($"/mock?id={_app.BobMockId}")).StatusCode);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_To_Answer_Bobs_Mock_For_Alice(string store)
    {
        await UseAsync(store);

        using var alice = await _app.SignInAsync("alice");

        var answered = await AccountsAppFixture.PostFormAsync(alice, "/mock", "/mock?handler=Answer",
            new() { ["id"] = _app.BobMockId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["position"] = "1", ["answer"] = "mine now", ["shownAt"] = "0" });

        Assert.Equal(HttpStatusCode.NotFound, answered.StatusCode);
    }
}
