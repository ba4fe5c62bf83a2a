using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Viva.Core.Exercises;

/// <summary>What reading an exercise gave: the exercise, or why it cannot be used.</summary>
/// <param name="Exercise">The exercise; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">The first problem found.</param>
public sealed record ExerciseParse(Exercise? Exercise, string? Error);

/// <summary>
/// Reads the body of a <c>kind=exercise</c> question: fenced blocks tagged <c>starter</c>, <c>solution</c>,
/// <c>fixture</c> and <c>tests</c> after the language, a <c>**Hints**</c> list, and the prose around them as the prompt.
/// </summary>
public static partial class ExerciseParser
{
    private const string Starter = "starter";
    private const string Solution = "solution";
    private const string Fixture = "fixture";
    private const string Tests = "tests";

    /// <summary>Reads an exercise from its Markdown body and the metadata comment's fields.</summary>
    /// <param name="body">The question's answer Markdown.</param>
    /// <param name="fields">The metadata comment's fields (<c>entry</c>, <c>ordered</c>, <c>tolerance</c>, <c>requires</c>).</param>
    public static ExerciseParse Parse(string? body, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (string.IsNullOrWhiteSpace(body))
        {
            return Fail("kind=exercise needs a prompt, a tests block and a solution");
        }

        var (text, hints) = SplitHints(body);
        var blocks = Markdown.Parse(text).Descendants<FencedCodeBlock>().Where(b => Role(b) is not null).ToList();
        var starters = new Dictionary<string, string>(StringComparer.Ordinal);
        var solutions = new List<(string Language, string Code)>();
        string? fixture = null;
        string? tests = null;
        foreach (var block in blocks)
        {
            var language = ExerciseLanguages.Normalize(block.Info ?? "");
            var code = block.Lines.ToString().TrimEnd() + "\n";
            switch (Role(block))
            {
                case Tests:
                    if (tests is not null)
                    {
                        return Fail("an exercise has one tests block");
                    }

                    tests = code;
                    continue;
                case Fixture when language == ExerciseLanguages.Sql:
                    fixture = code;
                    continue;
                case Fixture:
                    return Fail("a fixture block is SQL (```sql fixture)");
            }

            if (!ExerciseLanguages.All.Contains(language))
            {
                return Fail($"language '{block.Info}' is not {string.Join(", ", ExerciseLanguages.All)}");
            }

            if (Role(block) == Starter)
            {
                starters[language] = code;
            }
            else if (solutions.Any(s => s.Language == language))
            {
                return Fail($"two {language} solutions");
            }
            else
            {
                solutions.Add((language, code));
            }
        }

        if (solutions.Count == 0)
        {
            return Fail("kind=exercise needs a reference solution (```python solution, ```sql solution or ```csharp solution)");
        }

        if (starters.Keys.FirstOrDefault(l => solutions.All(s => s.Language != l)) is { } orphan)
        {
            return Fail($"a {orphan} starter has no {orphan} solution");
        }

        var offered = solutions.Select(s => new ExerciseCode(s.Language, starters.GetValueOrDefault(s.Language), s.Code)).ToList();
        return Build(Prompt(text, blocks), offered, tests, fixture, hints, fields);
    }

    private static ExerciseParse Build(string prompt, List<ExerciseCode> code, string? testsJson, string? fixture, List<string> hints, IReadOnlyDictionary<string, string> fields)
    {
        var sql = code.Any(c => c.Language == ExerciseLanguages.Sql);
        if (sql && fixture is null)
        {
            return Fail("a SQL exercise needs a fixture (```sql fixture) that builds its tables");
        }

        var entry = fields.GetValueOrDefault("entry");
        if (code.Any(c => c.Language != ExerciseLanguages.Sql) && (entry is null || !Identifier().IsMatch(entry)))
        {
            return Fail("a Python or C# exercise needs entry=<function name>");
        }

        var tolerance = Exercise.DefaultTolerance;
        if (fields.TryGetValue("tolerance", out var toleranceText)
            && (!double.TryParse(toleranceText, NumberStyles.Float, CultureInfo.InvariantCulture, out tolerance) || tolerance < 0 || !double.IsFinite(tolerance)))
        {
            return Fail($"tolerance '{toleranceText}' is not a non-negative number");
        }

        var ordered = fields.GetValueOrDefault("ordered") ?? "false";
        if (ordered is not ("true" or "false"))
        {
            return Fail($"ordered '{ordered}' is not true or false");
        }

        if (prompt.Length == 0)
        {
            return Fail("kind=exercise needs a prompt before its code blocks");
        }

        var (tests, error) = ReadTests(testsJson, needsArguments: !sql || code.Count > 1);
        if (error is not null)
        {
            return Fail(error);
        }

        return new ExerciseParse(
            new Exercise(prompt, code, tests!, hints)
            {
                Fixture = fixture,
                Entry = entry,
                Ordered = ordered == "true",
                Tolerance = tolerance,
                Requires = fields.GetValueOrDefault("requires"),
            },
            null);
    }

    private static (List<ExerciseTest>? Tests, string? Error) ReadTests(string? json, bool needsArguments)
    {
        if (json is null)
        {
            return (null, "kind=exercise needs a tests block (```json tests)");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return (null, $"tests block is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() == 0)
            {
                return (null, "tests block must be a non-empty JSON array of tests");
            }

            var tests = new List<ExerciseTest>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var number = tests.Count + 1;
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("expected", out var expected))
                {
                    return (null, $"test {number} needs an \"expected\" value");
                }

                var name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : $"test {number}";
                string? arguments = null;
                if (item.TryGetProperty("args", out var args))
                {
                    if (args.ValueKind != JsonValueKind.Array)
                    {
                        return (null, $"test '{name}': \"args\" must be a JSON array");
                    }

                    arguments = args.GetRawText();
                }
                else if (needsArguments)
                {
                    return (null, $"test '{name}' needs \"args\" (a JSON array)");
                }

                var fixture = item.TryGetProperty("fixture", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                tests.Add(new ExerciseTest(name, arguments, expected.GetRawText(), fixture));
            }

            return (tests, null);
        }
    }

    private static string? Role(FencedCodeBlock block) => block.Arguments?.Trim().ToLowerInvariant() switch
    {
        Starter => Starter,
        Solution => Solution,
        Fixture => Fixture,
        Tests => Tests,
        _ => null,
    };

    /// <summary>The body without the exercise's own blocks: what the user reads before attempting it.</summary>
    private static string Prompt(string text, List<FencedCodeBlock> blocks)
    {
        var builder = new System.Text.StringBuilder();
        var from = 0;
        foreach (var block in blocks.OrderBy(b => b.Span.Start))
        {
            builder.Append(text.AsSpan(from, block.Span.Start - from));
            from = Math.Min(text.Length, block.Span.End + 1);
        }

        builder.Append(text.AsSpan(from));
        return BlankRuns().Replace(builder.ToString(), "\n\n").Trim();
    }

    private static (string Text, List<string> Hints) SplitHints(string body)
    {
        var heading = HintsHeading().Match(body);
        if (!heading.Success)
        {
            return (body, []);
        }

        var hints = new List<string>();
        foreach (var row in body[(heading.Index + heading.Length)..].Split('\n'))
        {
            var bullet = Bullet().Match(row);
            if (bullet.Success)
            {
                hints.Add(bullet.Groups["text"].Value.Trim());
            }
            else if (row.Trim().Length > 0 && hints.Count > 0 && row.StartsWith(' '))
            {
                hints[^1] += " " + row.Trim();
            }
        }

        return (body[..heading.Index], hints);
    }

    private static ExerciseParse Fail(string error) => new(null, error);

    [GeneratedRegex(@"^\s*\*\*hints\*\*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex HintsHeading();

    [GeneratedRegex(@"^\s{0,3}[-*+]\s+(?<text>.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\n\s*\n(\s*\n)+")]
    private static partial Regex BlankRuns();
}
