using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>
/// Reads questions from a spreadsheet export (<c>.csv</c> or <c>.tsv</c>) whose first row names the columns:
/// <c>question</c> (required), <c>answer</c>, <c>tags</c> or <c>topics</c> (separated by <c>|</c> or <c>;</c>) and
/// <c>level</c>, in any order and case; other columns (such as <c>id</c>) are ignored.
/// </summary>
public static class DelimitedQuestionParser
{
    /// <summary>The delimiter a document's name implies: tab for <c>.tsv</c> and <c>.tab</c>, comma for <c>.csv</c>; null otherwise.</summary>
    public static char? DelimiterOf(string source) => Path.GetExtension(source).ToUpperInvariant() switch
    {
        ".CSV" => ',',
        ".TSV" or ".TAB" => '\t',
        _ => null,
    };

    /// <summary>Parses <paramref name="text"/>, the decoded content of the table named <paramref name="source"/>.</summary>
    public static DocumentExtraction Parse(string source, string text, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var rows = DelimitedText.Read(text, delimiter).GetEnumerator();
        if (!rows.MoveNext())
        {
            return Failed(source, 1, "the table is empty");
        }

        var header = rows.Current.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var question = header.IndexOf("question");
        if (question < 0)
        {
            return Failed(source, rows.Current.Line, $"the first row names no 'question' column (it names: {string.Join(", ", header)})");
        }

        var answer = header.IndexOf("answer");
        var tags = header.IndexOf("tags") is >= 0 and var t ? t : header.IndexOf("topics");
        var level = header.IndexOf("level");
        var questions = new List<ExtractedQuestion>();
        var invalid = new List<InvalidItem>();
        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            var questionText = Field(fields, question);
            if (questionText.Length == 0)
            {
                invalid.Add(new InvalidItem(line, string.Join(' ', fields), "the row has no question"));
                continue;
            }

            var answerText = Field(fields, answer);
            questions.Add(new ExtractedQuestion
            {
                Source = source,
                Line = line,
                Text = questionText,
                Answer = answerText.Length == 0 ? null : answerText,
                Topic = [.. Field(fields, tags).Split(['|', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
                Level = LevelNames.FromWord(Field(fields, level)),
            });
        }

        return new DocumentExtraction(source, questions, invalid, []);
    }

    private static string Field(IReadOnlyList<string> fields, int index) => index >= 0 && index < fields.Count ? fields[index].Trim() : string.Empty;

    private static DocumentExtraction Failed(string source, int line, string message) =>
        new(source, [], [], [new ImportDiagnostic(source, line, DiagnosticSeverity.Error, message)]);
}
