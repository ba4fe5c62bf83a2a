using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Browser;

/// <summary>"I was right" on the practice page in headless Chromium, on an app of its own so other browser tests' counts hold.</summary>
public sealed class GradeOverrideBrowserTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private ChromeDriver? _driver;

    private ChromeDriver Driver => _driver ??= Chromium.Start();

    public void Dispose() => _driver?.Quit();

    private IWebElement WaitFor(string css) =>
        BrowserWait.For(Driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed));

    private string Text(string css, Func<string, bool>? until = null) => BrowserWait.Text(Driver, css, until);

    [BrowserFact]
    public async Task Should_Click_I_Was_Right_And_Save_It_With_The_Rating()
    {
        // Given: a graded answer
        Driver.Navigate().GoToUrl(new Uri(app.Address, "/practice"));
        WaitFor("#answer").SendKeys("Something vague about the data." + Keys.Enter);
        WaitFor("#rating-form");

        // When
        WaitFor("#verdict-right").Click();

        // Then: noted, shown pressed, and Good or better is the highlighted rating
        Assert.Contains("I was right", Text("#verdict-note", t => t.Contains("I was right", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("true", WaitFor("#verdict-right").GetAttribute("aria-pressed"));
        Assert.Contains(WaitFor("#rating-form .suggested").GetAttribute("data-key"), new[] { "3", "4" });

        // When: rated by keyboard
        Driver.FindElement(By.TagName("body")).SendKeys("3");

        // Then
        Assert.Contains("“I was right” noted", Text("#saved", t => t.Contains("“I was right” noted", StringComparison.Ordinal)), StringComparison.Ordinal);
        using var client = app.CreateClient();
        var stats = await WebAppFixture.ReadJsonAsync(await client.GetAsync("/api/stats"));
        Assert.Equal(1, stats.GetProperty("stats").GetProperty("today").GetProperty("done").GetInt32());
    }
}
