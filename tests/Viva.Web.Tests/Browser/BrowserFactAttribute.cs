namespace Viva.Web.Tests.Browser;

/// <summary>A test that needs headless Chromium: skipped with the reason when it is missing, except in CI where that fails the test.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"needs {Chromium.Binary} and {Chromium.Driver} (Debian: apt-get install chromium chromium-driver; scripts/test.sh does it)";
        }
    }
}
