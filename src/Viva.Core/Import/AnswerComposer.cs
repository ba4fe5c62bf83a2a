using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Viva.Core.Import;

/// <summary>Builds an answer's Markdown from the source lines its parts cover.</summary>
internal static partial class AnswerComposer
{
    public static string? Compose(SourceLines lines, string? inline, IReadOnlyList<AnswerPart> parts)
    {
        var builder = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(inline))
        {
            builder.Append(inline.Trim());
        }

        foreach (var part in parts)
        {
            var text = Dedent(lines.Lines(part.FirstLine, part.LastLine));
            if (part.Blocks is [CodeBlock code] && code is not FencedCodeBlock)
            {
                text = ProseDetector.IsProse(text) ? TrimLines(text) : $"```\n{text}\n```";
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(text);
        }

        var answer = AnswerLabel().Replace(builder.ToString(), string.Empty, 1).Trim('\n', ' ');
        return answer.Length == 0 || QuestionText.IsAnswerMarker(answer) ? null : answer;
    }

    private static string Dedent(string text)
    {
        var rows = text.Replace("\t", "    ", StringComparison.Ordinal).Split('\n');
        var indent = rows.Where(r => r.Trim().Length > 0).Select(r => r.Length - r.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', rows.Select(r => r.Length >= indent ? r[indent..].TrimEnd() : r.Trim()));
    }

    private static string TrimLines(string text) => string.Join('\n', text.Split('\n').Select(r => r.Trim()));

    [GeneratedRegex(@"^\s*(?:\*\*|__|\*|_)?(?:answer|ans|solution|a)\s*(?:\*\*|__|\*|_)?\s*[:.\-–]\s*(?:\*\*|__|\*|_)?[ \t]*\n?", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLabel();
}
