using Viva.Web.Security;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>KaTeX is vendored into the app and served from its own origin, fonts included, with no CDN.</summary>
public sealed class KatexAssetsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/lib/katex/katex.min.js", "javascript")]
    [InlineData("/lib/katex/katex.min.css", "text/css")]
    [InlineData("/lib/katex/fonts/KaTeX_Main-Regular.woff2", "font/woff2")]
    [InlineData("/js/maths.js", "javascript")]
    public async Task Should_Serve_The_Typesetter_From_This_Origin(string path, string type)
    {
        // When
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);

        // Then
        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        Assert.Contains(type, response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Link_It_From_Pages_Under_The_Same_Policy()
    {
        // When
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/questions/bayes-theorem");
        var html = await response.Content.ReadAsStringAsync();

        // Then
        Assert.Contains("<script src=\"/lib/katex/katex.min.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("data-tex=", html, StringComparison.Ordinal);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
