using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Browser;

/// <summary>A mock that shows each answer graded as soon as it is given, by keyboard in headless Chromium, then its exports.</summary>
public sealed class MockRevealBrowserTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private ChromeDriver? _driver;

    private ChromeDriver Driver => _driver ??= Chromium.Start();

    public void Dispose() => _driver?.Quit();

    private IWebElement WaitFor(string css) =>
        BrowserWait.For(Driver, TimeSpan.FromSeconds(30)).Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed));

    private string Text(string css, Func<string, bool>? until = null) => BrowserWait.Text(Driver, css, until, 30);

    private void WaitForQuestion(int position) =>
        BrowserWait.For(Driver, TimeSpan.FromSeconds(30)).Until(d =>
            d.FindElements(By.CssSelector("#mock-question .meta")).FirstOrDefault()?.Text.StartsWith($"Question {position} of 2", StringComparison.Ordinal) == true);

    // Enter on whatever has the focus: the page must have put it on the right element.
    private void PressEnter() => Driver.SwitchTo().ActiveElement().SendKeys(Keys.Enter);

    [BrowserFact]
    public async Task Should_Show_Each_Answer_Graded_With_Its_Reference_Then_The_Report_And_Its_Exports()
    {
        // Given: two questions in 10 minutes, grades after each answer, chosen and started by keyboard
        Driver.Navigate().GoToUrl(new Uri(app.Address, "/mock"));
        WaitFor("#reveal").SendKeys("after");
        var minutes = WaitFor("#minutes");
        minutes.SendKeys(Keys.Control + "a");
        minutes.SendKeys("10");
        var questions = WaitFor("#questions");
        questions.SendKeys(Keys.Control + "a");
        questions.SendKeys("2" + Keys.Enter);

        // When: an answer submitted with Enter
        WaitForQuestion(1);
        Assert.Matches(@"^⏱ \d+:\d\d elapsed · \d+:\d\d left · this question \d+:\d\d of 5:00$", Text("#timer", t => t.StartsWith('⏱')));
        var first = Text("#question");
        // The answer carries a number, so a numeric question (the draw is seeded by the clock) is graded too, not shown "not graded".
        WaitFor("#answer").SendKeys("Bias is error from wrong assumptions; variance is sensitivity to the training set, about 2 to 1 here." + Keys.Enter);

        // Then: that answer, graded, with its key points and reference, before the next question
        var feedback = WaitFor("#mock-feedback");
        Assert.Contains(first.Replace("Follow-up: ", "", StringComparison.Ordinal), feedback.Text, StringComparison.Ordinal);
        Assert.Matches(@"grade \d\.\d / 5", feedback.Text);
        Assert.Contains("Reference", feedback.Text, StringComparison.Ordinal);
        Assert.Equal("Next question", Text("#next", t => t == "Next question"));

        // When: Enter goes on; the second question is skipped with Enter
        PressEnter();
        WaitForQuestion(2);
        WaitFor("#answer").SendKeys(Keys.Enter);

        // Then: the skip is shown, and Enter leads to the report
        Assert.Contains("(skipped)", Text("#mock-feedback", t => t.Contains("(skipped)", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("See the report", Text("#next", t => t == "See the report"));
        PressEnter();
        Assert.StartsWith("Mock 1 report", Text("#report-title", t => t.StartsWith("Mock 1 report", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(2, Driver.FindElements(By.CssSelector(".mock-answer")).Count);

        // And the report downloads as Markdown and as a printable HTML page
        using var client = app.CreateClient();
        var markdown = await client.GetAsync(new Uri(WaitFor("#export-markdown").GetAttribute("href")!));
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.Equal("viva-mock-1.md", markdown.Content.Headers.ContentDisposition?.FileName);
        var text = await markdown.Content.ReadAsStringAsync();
        Assert.StartsWith("# Mock interview 1: ML engineer", text, StringComparison.Ordinal);
        Assert.Contains("_(skipped)_", text, StringComparison.Ordinal);
        var html = await client.GetAsync(new Uri(WaitFor("#export-html").GetAttribute("href")!));
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal("viva-mock-1.html", html.Content.Headers.ContentDisposition?.FileName);
        var page = await html.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("@media print", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
    }
}
