using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Storage.Sqlite;
using Viva.Tests.Support;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary><c>/api/fsrs</c>, the settings page's optimize button and the stats page's advice, against the real app.</summary>
public static class FsrsApiTests
{
    public sealed class OnAnEmptyHome(WebAppFixture app) : IClassFixture<WebAppFixture>
    {
        private readonly HttpClient _client = app.CreateClient();

        [Fact]
        public async Task Should_Refuse_With_ProblemDetails_When_There_Are_Too_Few_Reviews()
        {
            // When
            var response = await _client.PostAsJsonAsync("/api/fsrs/optimize", new { });

            // Then
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await WebAppFixture.ReadJsonAsync(response);
            Assert.Equal("Not enough reviews", problem.GetProperty("title").GetString());
            Assert.Contains("at least 400 reviews", problem.GetProperty("detail").GetString());
        }

        [Fact]
        public async Task Should_Return_A_ValidationProblem_For_A_Bad_Date()
        {
            // When
            var response = await _client.PostAsJsonAsync("/api/fsrs/optimize", new { since = "soon" });

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await WebAppFixture.ReadJsonAsync(response);
            Assert.Contains("not a date", problem.GetProperty("errors").GetProperty("since")[0].GetString());
        }

        [Fact]
        public async Task Should_Report_The_Defaults_In_Use()
        {
            // When
            var status = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/fsrs"));

            // Then
            Assert.Equal("default", status.GetProperty("parameters").GetString());
            Assert.Equal(FsrsParameters.Default.Weights.ToArray(), status.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()));
        }
    }

    public sealed class AfterAYearOfPractice(WebAppFixture app) : IClassFixture<WebAppFixture>
    {
        private readonly HttpClient _client = app.CreateClient();

        // A learner whose memory is not the defaults', written to the app's database beside the running app.
        private async Task PractiseAsync()
        {
            var truth = FsrsParameters.From([0.6, 2.0, 5.0, 14.0, .. FsrsParameters.Default.Weights.Skip(4).SkipLast(1), 0.3]);
            var clock = new ManualClock(DateTimeOffset.UnixEpoch);
            using var store = SqliteQuestionStore.Open(Path.Combine(app.Home, "viva.db"));
            var service = new ReviewService(store, new FsrsScheduler(new SchedulerOptions()), clock);
            foreach (var review in SyntheticReviewLog.Generate(truth, cards: 300, days: 365, seed: 3).OrderBy(r => r.ReviewedAt))
            {
                clock.Now = review.ReviewedAt;
                await service.AnswerAsync("fsrs-" + review.CardId, review.Rating, AnswerDetails.None);
            }
        }

        [Fact]
        public async Task Should_Fit_Apply_And_Show_The_Parameters_And_Advice_On_The_Pages()
        {
            // Given
            await PractiseAsync();
            var page = await _client.GetStringAsync("/settings");
            Assert.Contains("In use: the FSRS-6 defaults.", page);

            // When: the settings page's button
            var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Apply"] = "false" });
            var response = await _client.PostAsync("/settings?handler=Optimize", form);

            // Then: the page shows both rows of figures and the fit is applied
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = await response.Content.ReadAsStringAsync();
            Assert.Contains("id=\"optimize-result\"", result);
            Assert.Contains("In use before (FSRS-6 defaults)", result);
            Assert.Contains("Applied.", result);
            Assert.Contains("Recommended desired retention:", result);

            var status = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/fsrs"));
            Assert.Equal("fitted", status.GetProperty("parameters").GetString());
            Assert.InRange(status.GetProperty("recommended_retention").GetDouble(), 0.7, 0.95);
            Assert.Contains("recommended desired retention", await _client.GetStringAsync("/stats"));

            // And the API compares a new fit with the applied one
            var again = await WebAppFixture.ReadJsonAsync(await _client.PostAsJsonAsync("/api/fsrs/optimize", new { apply = true }));
            Assert.Equal("fitted", again.GetProperty("before").GetProperty("parameters").GetString());
            Assert.True(again.GetProperty("applied").GetBoolean());
            Assert.Equal(21, again.GetProperty("parameters").GetArrayLength());
        }
    }
}
