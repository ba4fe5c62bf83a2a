using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Browser;

/// <summary>The pages in headless Chromium against the real app: practice by keyboard, import, search, and script safety.</summary>
public sealed class BrowserTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private ChromeDriver? _driver;

    private ChromeDriver Driver => _driver ??= Chromium.Start();

    public void Dispose() => _driver?.Quit();

    private void Open(string path) => Driver.Navigate().GoToUrl(new Uri(app.Address, path));

    private IWebElement WaitFor(string css) =>
        BrowserWait.For(Driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed));

    private string Text(string css, Func<string, bool>? until = null) => BrowserWait.Text(Driver, css, until);

    [BrowserFact]
    public async Task Should_Practise_A_Card_By_Keyboard_And_Save_The_Rating()
    {
        // Given
        Open("/practice");
        var question = Text("#question");

        // When
        WaitFor("#answer").SendKeys("It depends on the bias-variance trade-off." + Keys.Enter);
        WaitFor("#rating-form");
        if (Environment.GetEnvironmentVariable("VIVA_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            Driver.GetScreenshot().SaveAsFile(screenshot);
        }

        Driver.FindElement(By.TagName("body")).SendKeys("3");

        // Then
        Assert.Contains("Saved: Good", Text("#saved", t => t.Contains("Saved: Good", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.NotEqual(question, Text("#question", t => t != question));
        using var client = app.CreateClient();
        var stats = await WebAppFixture.ReadJsonAsync(await client.GetAsync("/api/stats"));
        Assert.Equal(1, stats.GetProperty("stats").GetProperty("today").GetProperty("done").GetInt32());

        // When: the rating is taken back
        WaitFor("#undo").Click();

        // Then
        Assert.Contains("Undone", Text("#saved", t => t.Contains("Undone", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(question, Text("#question", t => t == question));
        stats = await WebAppFixture.ReadJsonAsync(await client.GetAsync("/api/stats"));
        Assert.Equal(0, stats.GetProperty("stats").GetProperty("today").GetProperty("done").GetInt32());
    }

    [BrowserFact]
    public void Should_Import_A_File_And_Never_Run_A_Script_From_Its_Answers()
    {
        // Given
        var file = Path.Combine(app.Home, "hostile-notes.md");
        File.WriteAllBytes(file, Documents.Hostile);
        Open("/import");

        // When
        WaitFor("#files").SendKeys(file);
        Driver.FindElement(By.CssSelector("#import-form button[type=submit]")).Click();
        var report = Text("#import-report");
        Open("/questions?q=zorblax");
        WaitFor("#results a").Click();

        // Then
        Assert.Contains("hostile-notes.md", report, StringComparison.Ordinal);
        var answer = Text("#answer");
        Assert.Contains("<script>document.title = 'pwned'", answer, StringComparison.Ordinal);
        Assert.NotEqual("pwned", Driver.Title);
        Assert.Null(Driver.ExecuteScript("return window.vivaPwned === undefined ? null : window.vivaPwned;"));
        Assert.Empty(Driver.FindElements(By.CssSelector("#answer script, #answer img")));
    }

    [BrowserFact]
    public void Should_Search_From_The_Header_And_Highlight_Matches()
    {
        // Given
        Open("/");

        // When
        var search = WaitFor("nav input[name=q]");
        search.SendKeys("gradient descent" + Keys.Enter);

        // Then
        var marks = BrowserWait.For(Driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElements(By.CssSelector("#results mark")) is { Count: > 0 } m ? m : null);
        Assert.Contains(marks, m => m.Text.StartsWith("gradient", StringComparison.OrdinalIgnoreCase) || m.Text.StartsWith("descent", StringComparison.OrdinalIgnoreCase));
    }
}
