using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Viva.Cli.Tests.Grading;

/// <summary>An OpenAI-compatible chat-completions endpoint on loopback that answers what the test tells it to.</summary>
public sealed class StubLlmServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public StubLlmServer(Func<StubRequest, (int Status, string Body)> respond)
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var request = new StubRequest(context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], await reader.ReadToEndAsync());
                Requests.Add(request);
                var (status, body) = respond(request);
                var bytes = Encoding.UTF8.GetBytes(body);
                try
                {
                    context.Response.StatusCode = status;
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
                {
                    // The client gave up (a timeout test).
                }
            }
        });
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    public List<StubRequest> Requests { get; } = [];

    /// <summary>A chat completion whose message content is <paramref name="content"/>.</summary>
    public static (int, string) Completion(string content) => (200, new JsonObject
    {
        ["id"] = "chatcmpl-stub",
        ["object"] = "chat.completion",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
    }.ToJsonString());

    /// <summary>A port nothing listens on (free a moment ago).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}

public sealed record StubRequest(string Path, string? Authorization, string Body);
