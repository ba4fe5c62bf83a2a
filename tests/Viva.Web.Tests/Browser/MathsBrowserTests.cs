using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Browser;

/// <summary>Maths in answers is typeset by KaTeX, served from this origin under the unchanged content-security policy.</summary>
public sealed class MathsBrowserTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private ChromeDriver? _driver;

    private ChromeDriver Driver => _driver ??= Chromium.Start();

    public void Dispose() => _driver?.Quit();

    [BrowserFact]
    public void Should_Typeset_The_Maths_Of_A_Question_Page_With_KaTeX()
    {
        // Given: a curated answer with inline and display maths
        Driver.Navigate().GoToUrl(new Uri(app.Address, "/questions/bayes-theorem"));

        // When
        BrowserWait.For(Driver, TimeSpan.FromSeconds(20)).Until(d => d.FindElements(By.CssSelector("#answer .katex")).Count > 0);

        // Then: every maths element was typeset, display maths as display
        var maths = Driver.FindElements(By.CssSelector("#answer .math[data-tex]"));
        Assert.NotEmpty(maths);
        Assert.All(maths, m => Assert.NotEmpty(m.FindElements(By.CssSelector(".katex"))));
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#answer .math-display .katex-display")));
        Assert.DoesNotContain("\\frac", Driver.FindElement(By.Id("answer")).Text, StringComparison.Ordinal);
    }
}
