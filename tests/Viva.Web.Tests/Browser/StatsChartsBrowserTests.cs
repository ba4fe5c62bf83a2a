using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Viva.Core.Scheduling;
using Viva.Storage.Sqlite;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Browser;

/// <summary>The stats page's charts render in a real browser under the content-security policy, each with a caption.</summary>
public sealed class StatsChartsBrowserTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private ChromeDriver? _driver;

    private ChromeDriver Driver => _driver ??= Chromium.Start();

    public void Dispose() => _driver?.Quit();

    [BrowserFact]
    public async Task Should_Draw_The_Charts_With_Captions_And_Say_No_Data_Yet_Where_There_Is_None()
    {
        // Given: a few cards rated today, none graded (so the grade chart is empty)
        using (var store = SqliteQuestionStore.Open(Path.Combine(app.Home, "viva.db")))
        {
            var service = new ReviewService(store, new FsrsScheduler(new SchedulerOptions()), TimeProvider.System);
            foreach (var card in (await store.GetCardsAsync(ReviewService.LocalUser)).Take(3))
            {
                await service.AnswerAsync(card.CardId, Rating.Good, AnswerDetails.None);
            }
        }

        // When
        Driver.Navigate().GoToUrl(new Uri(app.Address, "/stats"));

        // Then: drawn charts have a size, a name and a caption; the empty one says so
        var reviews = Driver.FindElement(By.Id("chart-reviews"));
        var svg = reviews.FindElement(By.CssSelector("svg"));
        Assert.True(svg.Size.Width > 200 && svg.Size.Height > 40, $"chart is {svg.Size}");
        Assert.Equal("Reviews per day, last 30 days", svg.GetAttribute("aria-label"));
        Assert.NotEmpty(svg.FindElements(By.CssSelector("rect")));
        Assert.StartsWith("3 reviews on 1 of the last 30 days", reviews.FindElement(By.CssSelector(".caption")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(Driver.FindElement(By.Id("chart-readiness")).FindElements(By.CssSelector("svg rect")));
        var grades = Driver.FindElement(By.Id("chart-grades"));
        Assert.Equal("No data yet", grades.FindElement(By.CssSelector(".no-data")).Text);
        Assert.Empty(grades.FindElements(By.CssSelector("svg")));
    }
}
