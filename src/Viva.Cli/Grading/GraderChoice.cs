using Viva.Core.Grading;
using Viva.Grading.Llm;

namespace Viva.Cli.Grading;

/// <summary>
/// Picks the grader a command uses: the built-in lexical grader, or, when <c>VIVA_LLM_URL</c> and
/// <c>VIVA_LLM_MODEL</c> are set (and <c>VIVA_LLM_KEY</c> when the endpoint needs one), an
/// OpenAI-compatible LLM that falls back to the built-in grader whenever it fails.
/// </summary>
public static class GraderChoice
{
    /// <summary>The endpoint: an OpenAI-compatible API base such as <c>http://localhost:11434/v1</c>.</summary>
    public const string UrlVariable = "VIVA_LLM_URL";

    /// <summary>The model name.</summary>
    public const string ModelVariable = "VIVA_LLM_MODEL";

    /// <summary>The API key, sent as a bearer token (optional).</summary>
    public const string KeyVariable = "VIVA_LLM_KEY";

    /// <summary>Use the LLM when it is configured, else the built-in grader.</summary>
    public const string Auto = "auto";

    /// <summary>Always the built-in grader (words and meaning; words alone when the encoder cannot load).</summary>
    public const string BuiltIn = "builtin";

    /// <summary>The built-in grader by words alone, without the sentence encoder.</summary>
    public const string Lexical = "lexical";

    /// <summary>The LLM; it must be configured.</summary>
    public const string Llm = "llm";

    // The built-in grader without its encoder: the same feedback (contradictions, partly covered points), by words alone.
    private static readonly Lazy<HybridGrader> WordsOnly = new(() => HybridGrader.Create(() => null));

    private static readonly Lazy<HttpClient> Http = new(() => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>The grader for <paramref name="mode"/>, or the reason the LLM cannot be used when <paramref name="mode"/> demands it.</summary>
    /// <param name="context">Where environment variables come from.</param>
    /// <param name="mode"><see cref="Auto"/>, <see cref="BuiltIn"/> or <see cref="Llm"/>.</param>
    /// <param name="notice">A remark for the user, such as an incomplete configuration that was ignored.</param>
    public static (IAnswerGrader? Grader, string? Error) Create(CliContext context, string mode, out string? notice)
    {
        ArgumentNullException.ThrowIfNull(context);
        notice = null;
        if (mode == Lexical)
        {
            return (WordsOnly.Value, null);
        }

        var builtIn = context.BuiltInGrader;
        if (mode == BuiltIn)
        {
            return (builtIn, null);
        }

        var url = context.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            return mode == Llm ? (null, $"--grader llm needs {UrlVariable} and {ModelVariable} (an OpenAI-compatible endpoint)") : (builtIn, null);
        }

        var model = context.GetEnvironmentVariable(ModelVariable);
        string? problem = null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            problem = $"{UrlVariable} '{url}' is not an http(s) address";
        }
        else if (string.IsNullOrWhiteSpace(model))
        {
            problem = $"{UrlVariable} is set but {ModelVariable} is not";
        }

        if (problem is not null)
        {
            notice = mode == Llm ? null : $"{problem}; using the built-in grader";
            return mode == Llm ? (null, problem) : (builtIn, null);
        }

        var options = new LlmGraderOptions(endpoint!, model!.Trim(), context.GetEnvironmentVariable(KeyVariable));
        return (new FallbackGrader(new OpenAiCompatibleGrader(Http.Value, options, LexicalGrader.Default), builtIn), null);
    }
}
