using System.Text;
using Viva.Core.Import;

namespace Viva.Cli.Grading;

/// <summary>One answer of a <c>viva grade --batch</c> file.</summary>
/// <param name="Line">1-based line where the row starts.</param>
/// <param name="Id">The row's id, echoed in the output.</param>
/// <param name="Question">The question (may be empty).</param>
/// <param name="Reference">The reference answer the row is graded against.</param>
/// <param name="Answer">The answer to grade.</param>
public sealed record BatchRow(int Line, string Id, string Question, string Reference, string Answer)
{
    /// <summary>Key points from the optional <c>key_points</c> column; empty when the row has none.</summary>
    public IReadOnlyList<string> KeyPoints { get; init; } = [];
}

/// <summary>
/// Reads the tab-separated batch file of <c>viva grade --batch</c>: a header row naming the columns
/// <c>id</c>, <c>question</c>, <c>reference</c> and <c>answer</c> (in any order; other columns are ignored),
/// then one answer per row. A field may be quoted the way spreadsheet and CSV writers do
/// (<c>"a ""quoted"" field with a tab or newline"</c>); a quote that does not close a field is kept as text.
/// When <c>answer</c> is the last column, tabs in an unquoted answer stay part of it. An optional
/// <c>key_points</c> column lists the row's key points, separated by <c>|</c> or line breaks; a row with key
/// points is graded against them as bank questions are. Every row is either returned or reported with its line.
/// </summary>
public static class BatchFile
{
    /// <summary>The columns the header must name.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "question", "reference", "answer"];

    /// <summary>The optional column of key points.</summary>
    public const string KeyPointsColumn = "key_points";

    /// <summary>The rows of <paramref name="text"/> and one diagnostic per row (or header) that cannot be graded.</summary>
    /// <param name="source">The file's name, for diagnostics.</param>
    /// <param name="text">The decoded text, line ends normalised to <c>\n</c>.</param>
    public static (List<BatchRow> Rows, List<ImportDiagnostic> Errors) Parse(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<BatchRow>();
        var errors = new List<ImportDiagnostic>();
        var records = Records(text).Where(r => r.Fields.Count > 1 || r.Fields[0].Trim().Length > 0).ToList();
        if (records.Count == 0)
        {
            errors.Add(Error(source, 1, $"no header row; expected the tab-separated columns {string.Join(", ", Columns)}"));
            return (rows, errors);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var index = Columns.Select(c => header.IndexOf(c)).ToArray();
        var missing = Columns.Where((_, i) => index[i] < 0).ToList();
        if (missing.Count > 0)
        {
            errors.Add(Error(source, records[0].Line,
                $"the header lacks the column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)} (expected the tab-separated columns {string.Join(", ", Columns)})"));
            return (rows, errors);
        }

        var answerLast = index[3] == header.Count - 1;
        var keyPointsAt = header.IndexOf(KeyPointsColumn);
        foreach (var (line, row) in records.Skip(1))
        {
            var fields = row;
            if (fields.Count > header.Count && answerLast)
            {
                // An unquoted answer with tabs in it: the tabs belong to the answer, the last column.
                fields = [.. fields.Take(header.Count - 1), string.Join('\t', fields.Skip(header.Count - 1))];
            }

            if (fields.Count != header.Count)
            {
                errors.Add(Error(source, line, $"expected {header.Count} tab-separated fields, found {fields.Count}"));
                continue;
            }

            var (id, question, reference, answer) = (fields[index[0]].Trim(), fields[index[1]], fields[index[2]], fields[index[3]]);
            if (id.Length == 0)
            {
                errors.Add(Error(source, line, "the id is empty"));
            }
            else if (reference.Trim().Length == 0)
            {
                errors.Add(Error(source, line, $"{id}: the reference answer is empty"));
            }
            else
            {
                var keyPoints = keyPointsAt < 0 ? [] : fields[keyPointsAt].Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                rows.Add(new BatchRow(line, id, question, reference, answer) { KeyPoints = keyPoints });
            }
        }

        return (rows, errors);
    }

    private static ImportDiagnostic Error(string source, int line, string message) => new(source, line, DiagnosticSeverity.Error, message);

    /// <summary>Splits the text into records of fields, each with the line it starts on.</summary>
    private static IEnumerable<(int Line, List<string> Fields)> Records(string text)
    {
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            while (true)
            {
                fields.Add(ReadField(text, ref position, ref line));
                if (position < text.Length && text[position] == '\t')
                {
                    position++;
                    continue;
                }

                if (position < text.Length && text[position] == '\n')
                {
                    position++;
                    line++;
                }

                break;
            }

            yield return (start, fields);
        }
    }

    /// <summary>Reads one field up to the next tab or line end; a quoted field may hold both.</summary>
    private static string ReadField(string text, ref int position, ref int line)
    {
        if (position < text.Length && text[position] == '"' && TryReadQuoted(text, position, out var quoted, out var end, out var lines))
        {
            position = end;
            line += lines;
            return quoted;
        }

        var stop = text.IndexOfAny(['\t', '\n'], position);
        stop = stop < 0 ? text.Length : stop;
        var field = text[position..stop];
        position = stop;
        return field;
    }

    private static bool TryReadQuoted(string text, int start, out string field, out int end, out int lines)
    {
        var builder = new StringBuilder();
        lines = 0;
        var p = start + 1;
        while (p < text.Length)
        {
            var c = text[p];
            if (c == '"')
            {
                if (p + 1 < text.Length && text[p + 1] == '"')
                {
                    builder.Append('"');
                    p += 2;
                    continue;
                }

                // A closing quote must end the field; otherwise the quotes were part of unquoted text.
                p++;
                var closes = p == text.Length || text[p] is '\t' or '\n';
                (field, end) = (builder.ToString(), p);
                return closes;
            }

            lines += c == '\n' ? 1 : 0;
            builder.Append(c);
            p++;
        }

        (field, end) = (string.Empty, start);
        return false;
    }
}
