using System.Net;
using System.Text.RegularExpressions;
using Viva.Core.Scheduling;
using Viva.Storage.Sqlite;
using Viva.Tests.Support;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Pages;

/// <summary>The dashboard and stats page charts with their captions, the settings' interview plan and the weakest-topics link, against the real app.</summary>
public static partial class ProgressPagesTests
{
    private static string Figure(string page, string id)
    {
        var match = Regex.Match(page, $"<figure id=\"{id}\"[^>]*>(.*?)</figure>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no figure {id}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static string Token(string page) =>
        Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;

    // Ten cards learnt three weeks ago, then reviewed yesterday: four forgotten (60% retention), graded answers improving.
    private static async Task SeedAMonthAsync(WebAppFixture app, HttpClient client)
    {
        _ = await client.GetStringAsync("/");
        using var store = SqliteQuestionStore.Open(Path.Combine(app.Home, "viva.db"));
        var now = DateTimeOffset.UtcNow;
        var clock = new ManualClock(now.AddDays(-21));
        var service = new ReviewService(store, new FsrsScheduler(new SchedulerOptions { EnableFuzz = false }), clock);
        var cards = (await store.GetCardsAsync(ReviewService.LocalUser)).Take(10).Select(c => c.CardId).ToList();
        foreach (var card in cards)
        {
            await service.AnswerAsync(card, Rating.Easy, new AnswerDetails("an answer", 2, TimeSpan.FromSeconds(20)));
        }

        clock.Now = now.AddDays(-1);
        for (var i = 0; i < cards.Count; i++)
        {
            await service.AnswerAsync(cards[i], i < 4 ? Rating.Again : Rating.Good, new AnswerDetails("a better answer", 4, TimeSpan.FromSeconds(20)));
        }
    }

    public sealed class OnAnEmptyHome(WebAppFixture app) : IClassFixture<WebAppFixture>
    {
        private readonly HttpClient _client = app.CreateClient();

        [Theory]
        [InlineData("/stats")]
        [InlineData("/")]
        public async Task Should_Say_No_Data_Yet_Under_Every_Chart(string path)
        {
            // When
            var page = await _client.GetStringAsync(path);

            // Then: each chart says so and how to get data, and draws nothing
            foreach (var id in new[] { "chart-reviews", "chart-retention", "chart-forecast", "chart-readiness", "chart-grades" })
            {
                var figure = Figure(page, id);
                Assert.Contains("No data yet: ", figure);
                Assert.DoesNotContain("<svg", figure);
            }

            Assert.DoesNotContain("id=\"chart-interview\"", page);
        }

        [Fact]
        public async Task Should_Link_The_Three_Weakest_Topics_To_Practice()
        {
            // Given
            var page = await _client.GetStringAsync("/");
            Assert.Contains("<a class=\"button\" id=\"practise-weakest\" href=\"/practice?weakest=3\">Practise my 3 weakest topics</a>", page);
            using var handler = new HttpClientHandler { AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = app.Address };

            // When
            var response = await client.GetAsync("/practice?weakest=3");

            // Then: the topics are pinned in the address, and practice shows only them
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!.OriginalString;
            Assert.Equal(3, Regex.Count(location, "area="));
            var practice = WebUtility.HtmlDecode(await _client.GetStringAsync(location));
            Assert.Contains("Only the topics", practice);
            Assert.Contains("name=\"area\"", practice);
            Assert.Contains("learning · ", practice);
        }

        [Fact]
        public async Task Should_Refuse_A_Weakest_Count_Out_Of_Range()
        {
            // When
            var page = await _client.GetStringAsync("/practice?weakest=0");

            // Then
            Assert.Contains("weakest: must be 1 to 20.", page);
        }

        [Fact]
        public async Task Should_Use_The_Practice_Words_On_The_Dashboard_And_Turn_Off_Autocorrect_In_The_Answer()
        {
            // When
            var dashboard = await _client.GetStringAsync("/");
            var practice = await _client.GetStringAsync("/practice");

            // Then
            Assert.Matches("id=\"learning-today\">0</span> learning", dashboard);
            Assert.Matches("id=\"due-today\">0</span> due", dashboard);
            Assert.Matches("id=\"new-today\">20</span> new", dashboard);
            Assert.Contains("0 learning · 0 due · 20 new", practice);
            Assert.Contains("0</span> days in a row", dashboard);
            var answer = Regex.Match(practice, "<textarea id=\"answer\"[^>]*>").Value;
            foreach (var attribute in new[] { "autocorrect=\"off\"", "autocapitalize=\"off\"", "spellcheck=\"false\"", "autocomplete=\"off\"" })
            {
                Assert.Contains(attribute, answer);
            }
        }
    }

    public sealed class TheInterviewSettings(WebAppFixture app) : IClassFixture<WebAppFixture>
    {
        private readonly HttpClient _client = app.CreateClient();

        private async Task<HttpResponseMessage> PostAsync(string handler, params (string Name, string Value)[] fields)
        {
            var token = Token(await _client.GetStringAsync("/settings"));
            using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
            return await _client.PostAsync($"/settings?handler={handler}", form);
        }

        [Fact]
        public async Task Should_Set_Show_And_Clear_The_Interview_Date_In_The_Store_Viva_Plan_Uses()
        {
            // Given
            var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
            var iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

            // When: set
            var saved = await PostAsync("Plan", ("InterviewDate", iso), ("MinutesPerDay", "1"));

            // Then: the settings, the store and the dashboard agree
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var settings = WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
            Assert.Contains("Saved: practice now puts first", settings);
            Assert.Contains("1 minute a day.", settings);
            using (var store = SqliteQuestionStore.Open(Path.Combine(app.Home, "viva.db")))
            {
                Assert.Equal(new Core.Scheduling.Interview.InterviewPlan(date, 1), await store.GetInterviewPlanAsync(ReviewService.LocalUser));
            }

            var dashboard = WebUtility.HtmlDecode(await _client.GetStringAsync("/"));
            Assert.Contains("Interview on ", dashboard);
            Assert.Contains("1 minute a day", dashboard);
            var forecast = Figure(dashboard, "chart-interview");
            Assert.Contains("No data yet: study some cards and the recall they will have on the day is forecast here.", forecast);

            // When: cleared
            var cleared = WebUtility.HtmlDecode(await (await PostAsync("ClearPlan")).Content.ReadAsStringAsync());

            // Then
            Assert.Contains("Interview date cleared", cleared);
            Assert.Contains("No interview date set", await _client.GetStringAsync("/"));
        }

        [Theory]
        [InlineData("soon", "30", "“soon” is not a date (yyyy-MM-dd).")]
        [InlineData("2001-01-01", "30", "2001-01-01 is in the past.")]
        [InlineData("2999-01-01", "0", "Minutes a day must be a whole number from 1 to 1440.")]
        public async Task Should_Refuse_A_Bad_Plan_And_Keep_What_Was_Typed(string date, string minutes, string message)
        {
            // When
            var response = await PostAsync("Plan", ("InterviewDate", date), ("MinutesPerDay", minutes));

            // Then
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains(message, page);
            Assert.Contains($"value=\"{date}\"", page);
        }
    }

    public sealed class AfterAMonthOfPractice(WebAppFixture app) : IClassFixture<WebAppFixture>, IAsyncLifetime
    {
        private readonly HttpClient _client = app.CreateClient();

        public Task DisposeAsync() => Task.CompletedTask;

        public Task InitializeAsync() => SeedAMonthAsync(app, _client);

        [Fact]
        public async Task Should_Caption_Each_Chart_With_What_It_Means_And_What_To_Do()
        {
            // When
            var page = await _client.GetStringAsync("/stats");

            // Then
            Assert.Contains("20 reviews on 2 of the last 30 days", Figure(page, "chart-reviews"));
            Assert.Contains("Retention 60% over 10 reviews is below your 90% target: review due cards before new ones", Figure(page, "chart-retention"));
            Assert.Contains("Mean grade 4.0/5 over the last 7 days, up from 2.0/5: keep typing full answers.", Figure(page, "chart-grades"));
            Assert.Contains("due in the next 30 days", Figure(page, "chart-forecast"));
            Assert.Contains("so practise those next.", Figure(page, "chart-readiness"));
            foreach (var id in new[] { "chart-reviews", "chart-retention", "chart-forecast", "chart-readiness", "chart-grades" })
            {
                var figure = Figure(page, id);
                Assert.Matches("<svg [^>]*role=\"img\" aria-label=\"[^\"]+\"", figure);
                Assert.Contains("<title>", figure);
                Assert.DoesNotContain("No data yet", figure);
            }
        }
    }

    // A class of its own: the month of reviews is seeded before each test of a class, so this test needs a home of its own.
    public sealed class TheApiAfterAMonthOfPractice(WebAppFixture app) : IClassFixture<WebAppFixture>, IAsyncLifetime
    {
        private readonly HttpClient _client = app.CreateClient();

        public Task DisposeAsync() => Task.CompletedTask;

        public Task InitializeAsync() => SeedAMonthAsync(app, _client);

        [Fact]
        public async Task Should_Serve_The_Grade_Trend_And_The_Readiness_On_The_Interview_Day_In_The_Api()
        {
            // Given: no plan yet
            var before = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/stats"));
            Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("interview").ValueKind);

            // Then: one grade per study day over 30 days, the graded days with their mean and count
            var trend = before.GetProperty("grade_trend");
            Assert.Equal(30, trend.GetArrayLength());
            var graded = trend.EnumerateArray().Where(d => d.GetProperty("mean").ValueKind != System.Text.Json.JsonValueKind.Null)
                .Select(d => (d.GetProperty("mean").GetDouble(), d.GetProperty("answers").GetInt32())).ToList();
            Assert.Equal(new[] { (2.0, 10), (4.0, 10) }, graded);
            Assert.Matches(@"^\d{4}-\d\d-\d\d$", trend[0].GetProperty("date").GetString()!);

            // When: an interview in 40 days
            var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
            using (var store = SqliteQuestionStore.Open(Path.Combine(app.Home, "viva.db")))
            {
                await store.SaveInterviewPlanAsync(ReviewService.LocalUser, new Core.Scheduling.Interview.InterviewPlan(date, 25));
            }

            try
            {
                var body = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/stats"));

                // Then: the plan and, per topic, the recall on the day as the dashboard's forecast chart draws it
                var interview = body.GetProperty("interview");
                Assert.Equal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), interview.GetProperty("date").GetString());
                Assert.Equal(25, interview.GetProperty("minutes_per_day").GetInt32());
                Assert.InRange(interview.GetProperty("days_left").GetInt32(), 39, 41);
                var topics = interview.GetProperty("topics").EnumerateArray().ToList();
                var now = body.GetProperty("stats").GetProperty("topics").EnumerateArray().ToList();
                Assert.Equal(now.Select(t => (t.GetProperty("topic").GetString(), t.GetProperty("cards").GetInt32())),
                    topics.Select(t => (t.GetProperty("topic").GetString(), t.GetProperty("cards").GetInt32())));
                var studied = topics.Where(t => t.GetProperty("mean_recall").GetDouble() > 0).ToList();
                Assert.NotEmpty(studied);
                foreach (var (day, today) in topics.Zip(now))
                {
                    // Forty days on, nothing studied in between: recall on the day is below recall now.
                    Assert.InRange(day.GetProperty("mean_recall").GetDouble(), 0, today.GetProperty("mean_recall").GetDouble());
                    Assert.InRange(day.GetProperty("readiness").GetDouble(), 0, 1);
                    Assert.InRange(day.GetProperty("ready").GetInt32(), 0, day.GetProperty("cards").GetInt32());
                }
            }
            finally
            {
                using var store = SqliteQuestionStore.Open(Path.Combine(app.Home, "viva.db"));
                await store.SaveInterviewPlanAsync(ReviewService.LocalUser, null);
            }
        }
    }
}
