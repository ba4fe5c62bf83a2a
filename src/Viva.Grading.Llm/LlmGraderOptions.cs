namespace Viva.Grading.Llm;

/// <summary>Where and how to reach an OpenAI-compatible chat-completions endpoint.</summary>
/// <param name="Endpoint">
/// The API base (<c>http://localhost:11434/v1</c>, <c>https://api.openai.com/v1</c>) or the full
/// <c>…/chat/completions</c> address.
/// </param>
/// <param name="Model">The model name the endpoint expects.</param>
/// <param name="ApiKey">Sent as a bearer token when set.</param>
public sealed record LlmGraderOptions(Uri Endpoint, string Model, string? ApiKey)
{
    /// <summary>How long one grade may take before the built-in grader takes over.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The chat-completions address derived from <see cref="Endpoint"/>.</summary>
    public Uri ChatCompletions
    {
        get
        {
            var text = Endpoint.ToString().TrimEnd('/');
            return text.EndsWith("/chat/completions", StringComparison.OrdinalIgnoreCase) ? new Uri(text) : new Uri(text + "/chat/completions");
        }
    }
}
