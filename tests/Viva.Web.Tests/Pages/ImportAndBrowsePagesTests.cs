using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Pages;

/// <summary>The import page's link to the new questions, and the browse page's paging and compact heading paths.</summary>
public sealed class ImportAndBrowsePagesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> ImportOnThePageAsync(string name, string markdown)
    {
        var form = await _client.GetStringAsync("/import");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(markdown)), "files", name },
        };
        var response = await _client.PostAsync("/import", upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Link_To_The_Imported_Questions_And_Count_Those_Linked_To_The_Curated_Bank()
    {
        // Given: one question the curated bank asks too, one it does not
        var markdown = """
            # Interview notes

            ## What does L1 regularization do?

            It adds the sum of absolute weights to the loss, which drives some weights to exactly zero.

            ## What is a zorblax transform?

            A zorblax transform maps inputs to zorblax space.
            """;

        // When
        var page = await ImportOnThePageAsync("linked-notes.md", markdown);

        // Then
        Assert.Contains("<a href=\"/questions?source=linked-notes.md\">See the 2 questions of linked-notes.md</a>", page);
        Assert.Contains("2 new questions, 1 linked to the curated bank (practised as the curated card that asks the same).", page);
        var listed = WebUtility.HtmlDecode(await _client.GetStringAsync("/questions?source=linked-notes.md"));
        Assert.Contains("2 questions.", listed);
        Assert.Contains("What is a zorblax transform?", listed);
    }

    [Fact]
    public async Task Should_Show_A_Deep_Heading_Path_Compactly_With_The_Full_Path_As_Its_Title()
    {
        // Given
        var markdown = """
            # Machine learning

            ## Models

            ### Trees

            #### What is a quibbleton split?

            A split that maximises quibbleton gain.
            """;
        await ImportOnThePageAsync("deep-notes.md", markdown);

        // When
        var listed = WebUtility.HtmlDecode(await _client.GetStringAsync("/questions?source=deep-notes.md"));

        // Then
        Assert.Contains("title=\"Machine learning › Models › Trees\">Machine learning › … › Trees</td>", listed);
    }

    [Fact]
    public async Task Should_Page_Through_The_Bank_Two_Hundred_Questions_At_A_Time()
    {
        // When
        var first = WebUtility.HtmlDecode(await _client.GetStringAsync("/questions"));
        var second = WebUtility.HtmlDecode(await _client.GetStringAsync("/questions?page=2"));

        // Then: the pages follow on, with links both ways
        Assert.Contains("Questions 1–200, page 1.", first);
        Assert.Contains("id=\"next-page\"", first);
        Assert.DoesNotContain("id=\"previous-page\"", first);
        Assert.Contains("Questions 201–400, page 2.", second);
        Assert.Contains("<a href=\"/questions\" id=\"previous-page\"", second);
        Assert.Contains("<a href=\"/questions?page=3\" id=\"next-page\"", second);
        string FirstQuestion(string page) => Regex.Match(page, "<tbody>\\s*<tr>\\s*<td><a href=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEqual(FirstQuestion(first), FirstQuestion(second));
        Assert.Equal(200, Regex.Count(second, "<tr>") - 1);
    }

    [Fact]
    public async Task Should_Show_An_Answer_Snippet_Under_Each_Search_Result()
    {
        // When
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync("/questions?q=bayes"));

        // Then
        Assert.Matches("<div class=\"snippet\">[^<]{20,}</div>", page);
        Assert.Matches(@"\d+ results? for “bayes”", page);
    }
}
