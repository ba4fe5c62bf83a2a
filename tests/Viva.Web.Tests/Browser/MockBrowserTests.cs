using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Browser;

/// <summary>A whole mock interview by keyboard in headless Chromium, then its report; on an app of its own so other browser tests' counts hold.</summary>
public sealed class MockBrowserTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private ChromeDriver? _driver;

    private ChromeDriver Driver => _driver ??= Chromium.Start();

    public void Dispose() => _driver?.Quit();

    private IWebElement WaitFor(string css) =>
        BrowserWait.For(Driver, TimeSpan.FromSeconds(30)).Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed));

    private string Text(string css, Func<string, bool>? until = null) => BrowserWait.Text(Driver, css, until, 30);

    private void WaitForQuestion(int position) =>
        BrowserWait.For(Driver, TimeSpan.FromSeconds(30)).Until(d =>
            d.FindElements(By.CssSelector("#mock-question .meta")).FirstOrDefault()?.Text.StartsWith($"Question {position} of 3", StringComparison.Ordinal) == true);

    [BrowserFact]
    public async Task Should_Run_A_Mock_By_Keyboard_And_Show_The_Report()
    {
        // Given: the setup form, three questions, started with Enter
        Driver.Navigate().GoToUrl(new Uri(app.Address, "/mock"));
        Assert.Equal("No mocks yet.", Text("#no-mocks", t => t == "No mocks yet."));
        var questions = WaitFor("#questions");
        questions.SendKeys(Keys.Control + "a");
        questions.SendKeys("3" + Keys.Enter);

        // When: an answer, a skip (Enter on an empty answer), another answer, each submitted with Enter
        WaitForQuestion(1);
        Assert.Matches(@"^⏱ \d+:\d\d elapsed · \d+:\d\d left · this question \d+:\d\d of 15:00$", Text("#timer", t => t.StartsWith('⏱')));
        WaitFor("#answer").SendKeys("Regularization adds a penalty on the weights to reduce overfitting." + Keys.Enter);
        WaitForQuestion(2);
        WaitFor("#answer").SendKeys(Keys.Enter);
        WaitForQuestion(3);
        WaitFor("#answer").SendKeys("A model <b>memorises</b> noise." + Keys.Enter);

        // Then: the report, with every question, readiness per topic and what to study next
        Assert.StartsWith("Mock 1 report: ML engineer", Text("#report-title", t => t.StartsWith("Mock 1 report: ML engineer", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(3, Driver.FindElements(By.CssSelector(".mock-answer")).Count);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#mock-topics tr td")));
        Assert.True(WaitFor("#study-next").Displayed);
        Assert.Contains("(skipped)", Driver.PageSource, StringComparison.Ordinal);
        Assert.Contains("A model &lt;b&gt;memorises&lt;/b&gt; noise.", Driver.PageSource, StringComparison.Ordinal);
        Assert.Contains("Reference", Driver.PageSource, StringComparison.Ordinal);

        // And the mock is listed, while practice saw no review
        Driver.Navigate().GoToUrl(new Uri(app.Address, "/mock"));
        Assert.Contains("3 / 3", Text("#mock-history", t => t.Contains("3 / 3", StringComparison.Ordinal)), StringComparison.Ordinal);
        using var client = app.CreateClient();
        var stats = await WebAppFixture.ReadJsonAsync(await client.GetAsync("/api/stats"));
        Assert.Equal(0, stats.GetProperty("stats").GetProperty("today").GetProperty("done").GetInt32());
    }
}
