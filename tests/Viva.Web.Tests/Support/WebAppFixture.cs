using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Viva.Web.Hosting;

namespace Viva.Web.Tests.Support;

/// <summary>The real app on a free loopback port, over a fresh VIVA_HOME that the curated bank is loaded into.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The data folder.</summary>
    public string Home { get; } = Path.Combine(Path.GetTempPath(), "viva-web-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>JSON as the API writes it (snake_case).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A client for the app.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Home);
        _app = VivaWebApp.Build(["--urls", "http://127.0.0.1:0", "--Viva:Home", Home, "--Logging:LogLevel:Default", "Warning"]);
        await _app.StartAsync();
        Address = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner; the test result does not depend on it.
        }
    }

    /// <summary>Uploads Markdown files to <c>/api/import</c>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Name, byte[] Content)[] files)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        return await client.PostAsync("/api/import", form);
    }

    /// <summary>Reads a JSON body.</summary>
    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
