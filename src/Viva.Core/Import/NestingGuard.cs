namespace Viva.Core.Import;

/// <summary>
/// Finds lists and block quotes nested deeper than any real document nests them, before Markdig reads the text:
/// Markdig refuses them too, but only after work that grows with the square of the depth (minutes for a few
/// thousand levels), and a reader that walks them recursively could run out of stack. It follows list items
/// the way CommonMark opens them, by the column their content starts at, so an indented code block that
/// happens to start with a dash nests nothing.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Deepest nesting of lists and quotes accepted (Markdig's own limit is 128 blocks, two per list level).</summary>
    public const int MaxDepth = 64;

    private const int TabColumns = 4;
    private const int CodeIndent = 4;

    /// <summary>The 1-based line of the first line nested deeper than <see cref="MaxDepth"/>, or 0 when none is.</summary>
    public static int FirstTooDeepLine(SourceLines lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var open = new List<int>();
        var quotes = -1;

        // A text that ends with a line break has no last line to read after it.
        for (var index = 0; index < lines.Count && lines.StartOf(index) < lines.Text.Length; index++)
        {
            var line = index + 1;
            var span = lines.Span(index, index);
            if (span.Length > 0 && OpensPlainly(span[0]))
            {
                // No quote, no list marker, no indentation: every open list item ends here and nothing nests.
                open.Clear();
                quotes = 0;
                continue;
            }

            var (lineQuotes, position, column) = QuotePrefix(span);
            if (lineQuotes != quotes && !span.IsWhiteSpace())
            {
                // Lists inside one quote do not continue into another.
                open.Clear();
                quotes = lineQuotes;
            }

            if (lineQuotes + ListDepth(span[position..], column, open) > MaxDepth)
            {
                return line;
            }
        }

        return 0;
    }

    /// <summary>True for a first character that can open no quote, list item or indentation (a letter, <c>#</c>, <c>[</c>…).</summary>
    private static bool OpensPlainly(char first) =>
        !char.IsWhiteSpace(first) && first is not ('>' or '-' or '*' or '+') && !char.IsAsciiDigit(first);

    /// <summary>How many <c>&gt;</c> open the line, where the rest starts and at which column.</summary>
    private static (int Quotes, int Position, int Column) QuotePrefix(ReadOnlySpan<char> line)
    {
        var (quotes, position, column) = (0, 0, 0);
        while (true)
        {
            var (next, nextColumn) = SkipBlanks(line, position, column);
            if (next >= line.Length || line[next] != '>')
            {
                return (quotes, position, column);
            }

            (quotes, position, column) = (quotes + 1, next + 1, nextColumn + 1);
            if (position < line.Length && line[position] == ' ')
            {
                (position, column) = (position + 1, column + 1);
            }
        }
    }

    /// <summary>
    /// The number of list items open at the end of <paramref name="rest"/>, updating <paramref name="open"/> (the
    /// content column of each open item, outermost first) as its markers open and close items.
    /// </summary>
    private static int ListDepth(ReadOnlySpan<char> rest, int column, List<int> open)
    {
        if (rest.IsWhiteSpace())
        {
            return open.Count;
        }

        var rule = IsThematicBreak(rest);
        var baseColumn = column;
        var inlineQuotes = 0;
        var position = 0;
        while (true)
        {
            var (next, indent) = SkipBlanks(rest, position, column);
            var width = next < rest.Length && !rule ? MarkerWidth(rest[next..]) : 0;
            while (open.Count > 0 && open[^1] > indent)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (width == 0)
            {
                if (next < rest.Length && rest[next] == '>')
                {
                    (inlineQuotes, position, column) = (inlineQuotes + 1, next + 1, indent + 1);
                    continue;
                }

                return inlineQuotes + open.Count;
            }

            var parentContent = open.Count > 0 ? open[^1] : baseColumn;
            if (indent - parentContent >= CodeIndent && next > position)
            {
                return inlineQuotes + open.Count;
            }

            open.Add(indent + width + 1);
            (position, column) = (next + width, indent + width);
            if (position < rest.Length && rest[position] is ' ' or '\t')
            {
                (position, column) = (position + 1, column + 1);
            }
        }
    }

    private static (int Position, int Column) SkipBlanks(ReadOnlySpan<char> line, int position, int column)
    {
        while (position < line.Length && line[position] is ' ' or '\t')
        {
            column = line[position] == '\t' ? (column / TabColumns * TabColumns) + TabColumns : column + 1;
            position++;
        }

        return (position, column);
    }

    /// <summary>The length of a list marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) followed by a blank or the line's end, or 0.</summary>
    private static int MarkerWidth(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        var width = digits > 0 ? (digits < rest.Length && rest[digits] is '.' or ')' ? digits + 1 : 0) : (rest[0] is '-' or '*' or '+' ? 1 : 0);
        return width > 0 && (width == rest.Length || rest[width] is ' ' or '\t') ? width : 0;
    }

    /// <summary><c>- - - -</c> or <c>* * * *</c> alone on a line is a rule, not nested empty list items.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(" \t");
        return trimmed.Length > 2 && trimmed[0] is '-' or '*' && !trimmed.ContainsAnyExcept(trimmed[0], ' ', '\t');
    }
}
