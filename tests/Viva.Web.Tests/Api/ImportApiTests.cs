using System.Net;
using Viva.Tests.Support;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>Uploads: buckets per document, a failed file stores nothing, and imported HTML is never rendered.</summary>
public sealed class ImportApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Should_Report_Buckets_Per_Document_And_Store_Nothing_From_A_Bad_File()
    {
        // Given
        var binary = new byte[] { 0x00, 0xFF, 0x10, 0x00, 0x89, 0x50, 0x4E, 0x47 };

        // When
        var response = await WebAppFixture.UploadAsync(_client, ("alpha.md", Documents.Plain("alpha")), ("broken.md", binary), ("notes.pdf", Documents.Plain("beta")));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var documents = (await WebAppFixture.ReadJsonAsync(response)).GetProperty("documents");
        Assert.Equal(3, documents.GetArrayLength());
        Assert.Equal(2, documents[0].GetProperty("added").GetInt32());
        Assert.False(documents[0].GetProperty("failed").GetBoolean());
        Assert.True(documents[1].GetProperty("failed").GetBoolean());
        Assert.NotEmpty(documents[1].GetProperty("diagnostics")[0].GetProperty("message").GetString()!);
        Assert.True(documents[2].GetProperty("failed").GetBoolean());
        var sources = await (await _client.GetAsync("/api/sources")).Content.ReadAsStringAsync();
        Assert.Contains("alpha.md", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("broken.md", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Report_Unchanged_When_The_Same_File_Is_Uploaded_Again()
    {
        // Given
        await WebAppFixture.UploadAsync(_client, ("gamma.md", Documents.Plain("gamma")));

        // When
        var response = await WebAppFixture.UploadAsync(_client, ("gamma.md", Documents.Plain("gamma")));

        // Then
        var document = (await WebAppFixture.ReadJsonAsync(response)).GetProperty("documents")[0];
        Assert.Equal(0, document.GetProperty("added").GetInt32());
        Assert.Equal(2, document.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Should_Render_Imported_Html_As_Text_And_Drop_Script_Links()
    {
        // Given
        await WebAppFixture.UploadAsync(_client, ("hostile.md", Documents.Hostile));
        var hits = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/questions/search?q=zorblax"));
        var id = hits.GetProperty("results")[0].GetProperty("id").GetString()!;

        // When
        var detail = await WebAppFixture.ReadJsonAsync(await _client.GetAsync($"/api/questions/{Uri.EscapeDataString(id)}"));

        // Then
        var html = detail.GetProperty("answer_html").GetString()!;
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.org/paper\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Import_Csv_Tables_And_Anki_Decks_With_Their_Review_History()
    {
        // Given
        var csv = "question,answer,tags\nWhat does a quokka eat?,Leaves and grasses.,zoology\n"u8.ToArray();

        // When
        var response = await WebAppFixture.UploadAsync(_client, ("quokka.csv", csv), ("deck.apkg", AnkiFixture.Package()), ("broken.apkg", "not a zip"u8.ToArray()));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var documents = (await WebAppFixture.ReadJsonAsync(response)).GetProperty("documents");
        Assert.Equal((1, false), (documents[0].GetProperty("questions").GetInt32(), documents[0].GetProperty("failed").GetBoolean()));
        Assert.Equal((AnkiFixture.Questions, false), (documents[1].GetProperty("questions").GetInt32(), documents[1].GetProperty("failed").GetBoolean()));
        Assert.Contains(documents[1].GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("message").GetString()!.StartsWith($"{AnkiFixture.Ratings} review(s) from Anki's history", StringComparison.Ordinal));
        Assert.True(documents[2].GetProperty("failed").GetBoolean());
        Assert.Contains("not a zip archive", documents[2].GetProperty("diagnostics")[0].GetProperty("message").GetString()!, StringComparison.Ordinal);
        var sources = await (await _client.GetAsync("/api/sources")).Content.ReadAsStringAsync();
        Assert.Contains("deck.apkg", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("broken.apkg", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Return_ProblemDetails_When_No_File_Is_Sent()
    {
        // When
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        var response = await _client.PostAsync("/api/import", empty);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Upload rejected", (await WebAppFixture.ReadJsonAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_Return_413_ProblemDetails_For_An_Oversized_Upload()
    {
        // Given
        var huge = new byte[22 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');

        using var form = new MultipartFormDataContent { { new ByteArrayContent(huge), "files", "huge.md" } };

        // A client that waits for 100-continue hears the refusal instead of a reset while still sending.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = form };
        request.Headers.ExpectContinue = true;

        // HttpClient sends the body anyway after a second without an answer; on a busy machine the refusal can take
        // longer, and the server then resets a connection that is still sending. Wait for the answer instead.
        using var patient = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = _client.BaseAddress };

        // When
        var response = await patient.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await WebAppFixture.ReadJsonAsync(response);
        Assert.Contains("nothing was imported", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
