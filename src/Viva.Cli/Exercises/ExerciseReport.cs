using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Viva.Core.Exercises;
using Viva.Core.Scheduling;

namespace Viva.Cli.Exercises;

/// <summary>Shows a judged attempt: a summary line, each failing test with expected against actual, and the suggested rating.</summary>
internal static class ExerciseReport
{
    private const int MaxShown = 300;

    public static void Render(IAnsiConsole console, JudgeResult result, int total, Rating? suggested)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var summary = result.Status switch
        {
            JudgeStatus.Passed => $"[green]✓ all {total} tests passed[/] [grey]({seconds} s)[/]",
            JudgeStatus.Failed => $"[red]✗ {result.PassedCount} of {total} tests passed[/] [grey]({seconds} s)[/]",
            JudgeStatus.Unavailable => $"[yellow]not judged: {Markup.Escape(result.Message ?? "")}[/]",
            _ => $"[red]✗ {Name(result.Status)}: {Markup.Escape(result.Message ?? "")}[/]"
                + (result.Tests.Count > 0 ? $" [grey](after {result.PassedCount} of {total} tests passed)[/]" : ""),
        };
        console.MarkupLine(summary);
        foreach (var test in result.Tests.Where(t => !t.Passed))
        {
            console.MarkupLine($"  [red]✗[/] {Markup.Escape(test.Name)}");
            console.MarkupLine($"      expected: {Markup.Escape(Shorten(test.Expected))}");
            console.MarkupLine(test.Error is { } error
                ? $"      error:    {Markup.Escape(error.Length <= MaxShown ? error : error[..MaxShown] + "…")}"
                : $"      actual:   {Markup.Escape(Shorten(test.Actual ?? "nothing"))}");
        }

        if (result.Status != JudgeStatus.Passed && result.Output.Trim().Length > 0)
        {
            console.MarkupLine("[grey]what the attempt printed:[/]");
            console.WriteLine(result.Output.TrimEnd());
        }

        if (suggested is { } rating)
        {
            console.MarkupLine($"Suggested rating: [bold]{rating.ToString().ToLowerInvariant()}[/]");
        }
    }

    public static object Json(string id, string language, JudgeResult result, int total, Rating? suggested) => new
    {
        id,
        language,
        status = JsonName(result.Status),
        passed = result.PassedCount,
        total,
        message = result.Message,
        elapsed_ms = (long)result.Elapsed.TotalMilliseconds,
        tests = result.Tests.Select(t => new { name = t.Name, passed = t.Passed, expected = t.Expected, actual = t.Actual, error = t.Error }),
        output = result.Output,
        suggested_rating = suggested?.ToString().ToLowerInvariant(),
    };

    /// <summary>The status as the JSON and the summary line name it.</summary>
    public static string Name(JudgeStatus status) => status switch
    {
        JudgeStatus.TimedOut => "timed out",
        JudgeStatus.MemoryExceeded => "out of memory",
        JudgeStatus.Error => "error",
        JudgeStatus.Rejected => "refused",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>The status in the JSON contract: <c>passed</c>, <c>failed</c>, <c>error</c>, <c>timed_out</c>, <c>memory_exceeded</c>, <c>rejected</c>, <c>unavailable</c>.</summary>
    public static string JsonName(JudgeStatus status) => status switch
    {
        JudgeStatus.TimedOut => "timed_out",
        JudgeStatus.MemoryExceeded => "memory_exceeded",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Expected and actual in one spelling (<c>[1, "a"]</c>), so the eye compares values, not spacing.</summary>
    private static string Shorten(string json)
    {
        string text;
        try
        {
            using var document = JsonDocument.Parse(json);
            var builder = new StringBuilder();
            Write(builder, document.RootElement);
            text = builder.ToString();
        }
        catch (JsonException)
        {
            text = json;
        }

        return text.Length <= MaxShown ? text : text[..MaxShown] + "…";
    }

    private static void Write(StringBuilder builder, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                builder.Append('[');
                foreach (var (item, i) in element.EnumerateArray().Select((e, i) => (e, i)))
                {
                    builder.Append(i > 0 ? ", " : "");
                    Write(builder, item);
                }

                builder.Append(']');
                break;
            case JsonValueKind.Object:
                builder.Append('{');
                foreach (var (property, i) in element.EnumerateObject().Select((p, i) => (p, i)))
                {
                    builder.Append(i > 0 ? ", " : "").Append(JsonSerializer.Serialize(property.Name)).Append(": ");
                    Write(builder, property.Value);
                }

                builder.Append('}');
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }
}
