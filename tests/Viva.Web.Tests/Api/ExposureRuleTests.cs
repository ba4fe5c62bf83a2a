using Viva.Web.Hosting;

namespace Viva.Web.Tests.Api;

/// <summary>Listening beyond loopback needs accounts and a public URL.</summary>
public sealed class ExposureRuleTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.8.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://viva.example.org:5080", false)]
    public void Should_Tell_Loopback_From_Every_Other_Address(string url, bool loopback) =>
        Assert.Equal(loopback, ExposureRule.IsLoopback(url));

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "")]
    [InlineData(false, "https://viva.example.org")]
    public void Should_Refuse_All_Interfaces_Without_Both_Accounts_And_A_Public_Url(bool accounts, string publicUrl)
    {
        // When
        var refusal = ExposureRule.Refusal("http://127.0.0.1:5080;http://0.0.0.0:5080", new VivaWebOptions { Accounts = accounts, PublicUrl = publicUrl });

        // Then
        Assert.Equal("refusing to listen on http://0.0.0.0:5080 without accounts: add --accounts --public-url https://<the address users open>, or listen on 127.0.0.1", refusal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080", true, "https://viva.example.org")]
    [InlineData("http://127.0.0.1:5080", false, "")]
    [InlineData(null, false, "")]
    public void Should_Allow_Loopback_Or_Server_Mode(string? urls, bool accounts, string publicUrl) =>
        Assert.Null(ExposureRule.Refusal(urls, new VivaWebOptions { Accounts = accounts, PublicUrl = publicUrl }));

    [Fact]
    public void Should_Refuse_A_Public_Url_That_Is_Not_An_Address()
    {
        var refusal = ExposureRule.Refusal("http://0.0.0.0:5080", new VivaWebOptions { Accounts = true, PublicUrl = "viva.example.org" });

        Assert.StartsWith("--public-url viva.example.org:", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Build_An_App_That_Would_Listen_On_Every_Interface_Without_Accounts()
    {
        var error = Assert.Throws<ExposureRefusedException>(() => VivaWebApp.Build(["--urls", "http://0.0.0.0:0", "--Viva:Home", Path.GetTempPath()]));

        Assert.Contains("without accounts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Count_A_Container_Port_As_Every_Interface()
    {
        var error = Assert.Throws<ExposureRefusedException>(() => VivaWebApp.Build(["--http_ports", "8080", "--Viva:Home", Path.GetTempPath()]));

        Assert.Contains("http://*:8080", error.Message, StringComparison.Ordinal);
    }
}
