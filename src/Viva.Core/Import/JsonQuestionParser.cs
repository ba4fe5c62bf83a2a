using System.Text.Json;
using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>
/// Reads questions from JSON as <c>viva export json</c> writes it: <c>{"questions": [{"question", "answer", "key_points",
/// "topics", "level"}]}</c>, or a bare array of such objects. <c>question</c> is required; <c>topics</c> (or <c>tags</c>) is
/// a list or a string separated by <c>|</c> or <c>;</c>; key points follow the answer under their own heading; other
/// members (such as <c>id</c>) are ignored. Each question's line is its place in the list.
/// </summary>
public static class JsonQuestionParser
{
    /// <summary>True when the document's name says it is JSON.</summary>
    public static bool IsJson(string source) => string.Equals(Path.GetExtension(source), ".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses <paramref name="text"/>, the decoded content of the document named <paramref name="source"/>.</summary>
    public static DocumentExtraction Parse(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text ?? string.Empty, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            return Failed(source, (int)(exception.LineNumber ?? 0) + 1, $"not valid JSON: {exception.Message.Split('.')[0]}");
        }

        using (document)
        {
            var list = document.RootElement switch
            {
                { ValueKind: JsonValueKind.Array } array => array,
                { ValueKind: JsonValueKind.Object } root when root.TryGetProperty("questions", out var questions) && questions.ValueKind == JsonValueKind.Array => questions,
                _ => (JsonElement?)null,
            };
            if (list is not { } items)
            {
                return Failed(source, 1, "expected a list of questions, or an object with a \"questions\" list (as 'viva export json' writes)");
            }

            var extracted = new List<ExtractedQuestion>();
            var invalid = new List<InvalidItem>();
            var position = 0;
            foreach (var item in items.EnumerateArray())
            {
                position++;
                var question = item.ValueKind == JsonValueKind.Object ? Text(item, "question") : string.Empty;
                if (question.Length == 0)
                {
                    invalid.Add(new InvalidItem(position, item.ToString(), "the entry has no \"question\""));
                    continue;
                }

                var answer = WithKeyPoints(Text(item, "answer"), List(item, "key_points"));
                extracted.Add(new ExtractedQuestion
                {
                    Source = source,
                    Line = position,
                    Text = question,
                    Answer = answer.Length == 0 ? null : answer,
                    Topic = item.TryGetProperty("topics", out _) ? List(item, "topics") : List(item, "tags"),
                    Level = LevelNames.FromWord(Text(item, "level")),
                });
            }

            return new DocumentExtraction(source, extracted, invalid, []);
        }
    }

    private static string WithKeyPoints(string answer, List<string> keyPoints)
    {
        if (keyPoints.Count == 0)
        {
            return answer;
        }

        var points = "**Key points**\n\n" + string.Join('\n', keyPoints.Select(p => "- " + p));
        return answer.Length == 0 ? points : answer + "\n\n" + points;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? (value.GetString() ?? string.Empty).Trim() : string.Empty;

    private static List<string> List(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return [];
        }

        var parts = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString() ?? string.Empty),
            JsonValueKind.String => (value.GetString() ?? string.Empty).Split(['|', ';']),
            _ => [],
        };
        return [.. parts.Select(p => p.Trim()).Where(p => p.Length > 0)];
    }

    private static DocumentExtraction Failed(string source, int line, string message) =>
        new(source, [], [], [new ImportDiagnostic(source, line, DiagnosticSeverity.Error, message)]);
}
