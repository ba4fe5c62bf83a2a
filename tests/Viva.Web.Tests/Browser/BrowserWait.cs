using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Viva.Web.Tests.Browser;

/// <summary>Waits that survive a page replacing the element being read (a form that submits and re-renders).</summary>
internal static class BrowserWait
{
    public static WebDriverWait For(IWebDriver driver, TimeSpan timeout)
    {
        var wait = new WebDriverWait(driver, timeout);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait;
    }

    /// <summary>
    /// The text of the first shown element matching <paramref name="css"/>, read inside the wait so a re-rendered element
    /// is found again rather than read stale; with <paramref name="until"/>, the first text it accepts, or the last text
    /// seen when none was accepted in time (so the caller's assertion fails with what the page showed).
    /// </summary>
    public static string Text(IWebDriver driver, string css, Func<string, bool>? until = null, double seconds = 20)
    {
        string? last = null;
        try
        {
            return For(driver, TimeSpan.FromSeconds(seconds)).Until(d =>
            {
                if (d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed) is not { } element)
                {
                    return null;
                }

                last = element.Text;
                return until is null || until(last) ? last : null;
            });
        }
        catch (WebDriverTimeoutException) when (last is not null)
        {
            return last;
        }
    }
}
