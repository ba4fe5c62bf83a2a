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
}
