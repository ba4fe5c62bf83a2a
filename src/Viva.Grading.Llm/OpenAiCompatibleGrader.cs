using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Viva.Core.Grading;

namespace Viva.Grading.Llm;

/// <summary>
/// Grades through any OpenAI-compatible chat-completions endpoint (OpenAI, a local llama.cpp or Ollama
/// server, vLLM…), returning the same shape as the built-in grader. The units it checks are the key
/// points, or, without them, the reference units the built-in grader derives; where the model's quote
/// cannot be found in the answer, the built-in grader's passage is used as the span. Throws
/// <see cref="LlmGraderException"/> on any failure; wrap it in a <see cref="FallbackGrader"/>.
/// </summary>
public sealed class OpenAiCompatibleGrader : IAnswerGrader
{
    private readonly HttpClient _http;
    private readonly LlmGraderOptions _options;
    private readonly LexicalGrader _lexical;

    /// <summary>Creates the grader.</summary>
    /// <param name="http">The client requests go through (its own timeout should be at least <see cref="LlmGraderOptions.Timeout"/>).</param>
    /// <param name="options">Endpoint, model and key.</param>
    /// <param name="lexical">The built-in grader, for reference units and spans.</param>
    public OpenAiCompatibleGrader(HttpClient http, LlmGraderOptions options, LexicalGrader lexical)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lexical);
        _http = http;
        _options = options;
        _lexical = lexical;
    }

    /// <inheritdoc/>
    /// <exception cref="LlmGraderException">The endpoint failed or did not answer with a grade.</exception>
    public async ValueTask<GradeResult> GradeAsync(GradingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var analysis = _lexical.Analyze(request);
        var points = analysis.Units.Select(u => u.Text).ToList();
        if (string.IsNullOrWhiteSpace(request.Answer))
        {
            return OptionalKeyPoints.SetAside(new GradeResult(0, [], points));
        }

        var content = await CompleteAsync(GradingPrompt.User(request, points), cancellationToken).ConfigureAwait(false);
        return Read(content, request.Answer, analysis);
    }

    private async Task<string> CompleteAsync(string user, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["model"] = _options.Model,
            ["temperature"] = 0,
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = GradingPrompt.System },
                new JsonObject { ["role"] = "user", ["content"] = user }),
        };
        using var message = new HttpRequestMessage(HttpMethod.Post, _options.ChatCompletions) { Content = JsonContent.Create(body) };
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _http.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new LlmGraderException($"{_options.ChatCompletions} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return JsonNode.Parse(text)?["choices"]?[0]?["message"]?["content"]?.GetValue<string>()
                ?? throw new LlmGraderException("the response has no choices[0].message.content");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LlmGraderException($"no answer from {_options.ChatCompletions} within {_options.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException exception)
        {
            throw new LlmGraderException($"cannot reach {_options.ChatCompletions}: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw new LlmGraderException($"the response is not a chat completion: {exception.Message}", exception);
        }
    }

    private static GradeResult Read(string content, string answer, GradingAnalysis analysis)
    {
        var start = content.IndexOf('{', StringComparison.Ordinal);
        var end = content.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            throw new LlmGraderException("the model did not reply with a JSON object");
        }

        try
        {
            var grade = JsonNode.Parse(content[start..(end + 1)])!;
            var score = grade["score"] switch
            {
                JsonValue v when v.TryGetValue<double>(out var d) => d,
                JsonValue v when v.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                _ => throw new LlmGraderException("the model's reply has no numeric score"),
            };
            var quotes = new Dictionary<int, string?>();
            foreach (var item in grade["covered"]?.AsArray() ?? [])
            {
                var point = item?["point"]?.GetValue<int>() ?? 0;
                if (point >= 1 && point <= analysis.Units.Count)
                {
                    quotes.TryAdd(point - 1, item?["quote"]?.GetValue<string>());
                }
            }

            var covered = new List<CoveredPoint>();
            var missed = new List<string>();
            for (var i = 0; i < analysis.Units.Count; i++)
            {
                var unit = analysis.Units[i];
                if (!quotes.TryGetValue(i, out var quote))
                {
                    missed.Add(unit.Text);
                    continue;
                }

                var at = string.IsNullOrWhiteSpace(quote) ? -1 : answer.IndexOf(quote.Trim(), StringComparison.OrdinalIgnoreCase);
                covered.Add(at >= 0 ? new CoveredPoint(unit.Text, at, quote!.Trim().Length) : new CoveredPoint(unit.Text, unit.Start, unit.Length));
            }

            return OptionalKeyPoints.SetAside(new GradeResult(LexicalGrader.Round(score), covered, missed));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            throw new LlmGraderException($"the model's reply is not a grade: {exception.Message}", exception);
        }
    }
}
