using System.Text;

namespace Viva.Core.Import;

/// <summary>
/// Comma- and tab-separated values as spreadsheets write them (RFC 4180): a field in double quotes may hold
/// the delimiter, line breaks and doubled quotes.
/// </summary>
public static class DelimitedText
{
    /// <summary>The rows of <paramref name="text"/>, each with the 1-based line it starts on; blank lines are skipped.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string text, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                if (fields.Count > 1 || fields[0].Length > 0 || wasQuoted)
                {
                    yield return (rowLine, fields);
                }

                (fields, wasQuoted) = ([], false);
                field.Clear();
                rowLine = ++line;
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0 || wasQuoted)
        {
            yield return (rowLine, fields);
        }
    }

    /// <summary>One row: fields joined by <paramref name="delimiter"/>, quoted where they hold it, a quote or a line break.</summary>
    public static string Row(IEnumerable<string?> fields, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join(delimiter, fields.Select(f => Quote(f ?? string.Empty, delimiter)));
    }

    private static string Quote(string field, char delimiter) =>
        field.AsSpan().IndexOfAny([delimiter, '"', '\n', '\r']) < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
