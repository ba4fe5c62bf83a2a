using OpenQA.Selenium.Chrome;

namespace Viva.Web.Tests.Browser;

/// <summary>Headless Chromium from the system packages; nothing is downloaded.</summary>
public static class Chromium
{
    public const string Binary = "/usr/bin/chromium";

    public const string Driver = "/usr/bin/chromedriver";

    public static bool IsInstalled => File.Exists(Binary) && File.Exists(Driver);

    /// <summary>A headless browser; fails with a clear message when Chromium is missing (CI).</summary>
    public static ChromeDriver Start()
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException($"CI=true but {Binary} or {Driver} is missing: scripts/test.sh installs chromium and chromium-driver");
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1100,1000");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return driver;
    }
}
