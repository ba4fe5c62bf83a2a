using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Viva.Core.Import;

/// <summary>Builds an answer's Markdown from the source lines its parts cover.</summary>
internal static partial class AnswerComposer
{
    public static string? Compose(SourceLines lines, string? inline, IReadOnlyList<AnswerPart> parts)
    {
        if (inline is null && IsPlainRun(lines, parts))
        {
            // The common case: unindented blocks separated only by blank lines are their own source text.
            return Finish(lines.Lines(parts[0].FirstLine, parts[^1].LastLine));
        }

        var capacity = (inline?.Length ?? 0) + parts.Sum(p => lines.Span(p.FirstLine, p.LastLine).Length + 8);
        var builder = new StringBuilder(capacity);
        if (!string.IsNullOrWhiteSpace(inline))
        {
            builder.Append(inline.AsSpan().Trim());
        }

        foreach (var part in parts)
        {
            var text = lines.Span(part.FirstLine, part.LastLine);
            if (text.IsWhiteSpace())
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            if (part.Blocks is [CodeBlock code] && code is not FencedCodeBlock)
            {
                // Indented blocks are often prose that a document indented; real code gets a fence.
                var prose = ProseDetector.IsProse(text);
                if (!prose)
                {
                    builder.Append("```\n");
                }

                AppendDedented(builder, text, trimAll: prose);
                if (!prose)
                {
                    builder.Append("\n```");
                }
            }
            else
            {
                AppendDedented(builder, text, trimAll: false);
            }
        }

        return Finish(builder.ToString());
    }

    private static string? Finish(string answer)
    {
        var label = AnswerLabel().Match(answer);
        if (label.Success && label.Length > 0)
        {
            answer = answer[label.Length..];
        }

        // Spacers can only be there when the answer ends in a tag: most answers are spared the pattern's scan.
        if (answer.AsSpan().TrimEnd().EndsWith('>'))
        {
            answer = TrailingBreaks().Replace(answer, string.Empty);
        }

        answer = answer.Trim('\n', ' ');
        return answer.Length == 0 || QuestionText.IsAnswerMarker(answer) ? null : answer;
    }

    /// <summary>True when the parts are top-level, unindented, non-code blocks with only blank lines between them.</summary>
    private static bool IsPlainRun(SourceLines lines, IReadOnlyList<AnswerPart> parts)
    {
        if (parts.Count == 0)
        {
            return false;
        }

        for (var k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            if (part.Blocks is not [var block] || block.Parent is not MarkdownDocument || block is CodeBlock
                || Indentation(lines.Span(part.FirstLine, part.FirstLine)) > 0)
            {
                return false;
            }

            if (k > 0 && (part.FirstLine <= parts[k - 1].LastLine || !lines.Span(parts[k - 1].LastLine + 1, part.FirstLine - 1).IsWhiteSpace()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends <paramref name="text"/> without its common indentation (tabs count as four spaces).</summary>
    private static void AppendDedented(StringBuilder builder, ReadOnlySpan<char> text, bool trimAll)
    {
        var indent = int.MaxValue;
        foreach (var range in text.Split('\n'))
        {
            var row = text[range];
            if (!row.IsWhiteSpace())
            {
                indent = Math.Min(indent, Indentation(row));
            }
        }

        var first = true;
        foreach (var range in text.Split('\n'))
        {
            if (!first)
            {
                builder.Append('\n');
            }

            first = false;
            var row = text[range].TrimEnd();
            if (trimAll || row.IsEmpty)
            {
                builder.Append(row.Trim());
                continue;
            }

            // Drop `indent` columns of leading whitespace.
            var column = 0;
            var k = 0;
            while (k < row.Length && column < indent && row[k] is ' ' or '\t')
            {
                column += row[k] == '\t' ? 4 - (column % 4) : 1;
                k++;
            }

            if (column > indent)
            {
                builder.Append(' ', column - indent);
            }

            builder.Append(row[k..]);
        }
    }

    private static int Indentation(ReadOnlySpan<char> row)
    {
        var column = 0;
        foreach (var c in row)
        {
            if (c == ' ')
            {
                column++;
            }
            else if (c == '\t')
            {
                column += 4 - (column % 4);
            }
            else
            {
                break;
            }
        }

        return column;
    }

    // Layout spacers (<br/> on a line of its own) that documents put between questions.
    [GeneratedRegex(@"(?:\s*<br\s*/?>)+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingBreaks();

    [GeneratedRegex(@"^\s*(?:\*\*|__|\*|_)?(?:answer|ans|solution|a)\s*(?:\*\*|__|\*|_)?\s*[:.\-–]\s*(?:\*\*|__|\*|_)?[ \t]*\n?", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLabel();
}
