using System.Net;
using System.Text.RegularExpressions;
using Viva.Core.Scheduling;
using Viva.Storage.Sqlite;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Pages;

/// <summary>The mock pages over plain HTTP: the questions of a running mock stay put whatever the user does meanwhile.</summary>
public sealed partial class MockPagesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<h2 id=\"question\">(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex QuestionHeading();

    [GeneratedRegex("name=\"position\" value=\"(\\d+)\"")]
    private static partial Regex PositionField();

    private async Task<HttpResponseMessage> PostAsync(string url, string page, params (string Name, string Value)[] fields)
    {
        var token = TokenField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await _client.PostAsync(url, form);
    }

    // The question as asked, without the "Follow-up: " a follow-up is shown with.
    private static string Question(string page) =>
        WebUtility.HtmlDecode(QuestionHeading().Match(page).Groups[1].Value).Replace("Follow-up: ", "", StringComparison.Ordinal);

    [Fact]
    public async Task Should_Keep_The_Questions_Of_A_Running_Mock_When_The_User_Practises_Meanwhile()
    {
        // Given: an eight-question ML engineer mock, its first question skipped, the second on screen
        var setup = await _client.GetStringAsync("/mock");
        var started = await PostAsync("/mock?handler=Start", setup, ("track", "ml-engineer"), ("questions", "8"), ("minutes", "45"), ("level", ""));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var page = await started.Content.ReadAsStringAsync();
        var id = Regex.Match(started.RequestMessage!.RequestUri!.Query, @"id=(\d+)").Groups[1].Value;
        page = await (await PostAsync("/mock?handler=Answer", page, ("id", id), ("position", "1"), ("answer", ""), ("shownAt", "0"))).Content.ReadAsStringAsync();
        var second = Question(page);
        Assert.NotEqual("", second);

        // When: in another tab the user learns every card of the two areas the track weighs most, so their weight drops
        using (var store = SqliteQuestionStore.Open(Path.Combine(app.Home, "viva.db")))
        {
            var service = new ReviewService(store, new FsrsScheduler(new SchedulerOptions { EnableFuzz = false }), TimeProvider.System);
            foreach (var card in (await store.GetCardsAsync(ReviewService.LocalUser)).Where(c => c.Topic is "classical-ml" or "deep-learning"))
            {
                await service.AnswerAsync(card.CardId, Rating.Easy, AnswerDetails.None);
            }
        }

        // Then: the mock still asks the question it showed, and the rest of it never repeats one (without the draw
        // frozen at the start, the lighter areas would shift every later position, and an asked question could come again)
        page = await _client.GetStringAsync($"/mock?id={id}");
        Assert.Equal(second, Question(page));
        while (PositionField().Match(page) is { Success: true } position)
        {
            var next = await PostAsync("/mock?handler=Answer", page, ("id", id), ("position", position.Groups[1].Value), ("answer", ""), ("shownAt", "0"));
            page = await next.Content.ReadAsStringAsync();
        }

        var mock = await SavedMockAsync(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(8, mock.Answers.Count);
        Assert.Equal(8, mock.Answers.Select(a => a.CardId).Distinct().Count());
        Assert.Equal(second, mock.Answers[1].Question);
    }

    private async Task<Core.Mock.MockRecord> SavedMockAsync(long id)
    {
        using var store = SqliteQuestionStore.Open(Path.Combine(app.Home, "viva.db"));
        return (await store.GetMockAsync(ReviewService.LocalUser, id))!;
    }
}
