using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        /// <summary>
        /// Reads a pipe table from the paragraph Markdown parses it as (the reader does without Markdig's
        /// table extension and its inline pass): a header row, a delimiter row, then one question per row
        /// when the table is a Q&amp;A table; any other table stays answer content.
        /// </summary>
        private bool TryVisitTable(ParagraphBlock paragraph, int first, int last)
        {
            if (last <= first || !_lines.Span(first, first).Contains('|') || !DelimiterRow().IsMatch(_lines.Line(first + 1)))
            {
                return false;
            }

            if (_current is { Kind: DraftKind.Heading } || InSkippedSection)
            {
                AppendToAnswer(paragraph);
                return true;
            }

            var header = SplitRow(_lines.Line(first));
            var body = new List<(int Line, List<string> Cells)>();
            for (var line = first + 2; line <= last; line++)
            {
                body.Add((line, SplitRow(_lines.Line(line))));
            }

            var columns = TableColumns.Find(
                [.. header.Select(MarkdownInline.ToPlainText)],
                [.. body.Select(row => row.Cells.Select(MarkdownInline.ToPlainText).ToList())]);
            if (columns.Question < 0)
            {
                AppendToAnswer(paragraph);
                return true;
            }

            Close(atBoundary: false);
            foreach (var (line, cells) in body)
            {
                var question = columns.Question < cells.Count ? MarkdownInline.ToPlainText(cells[columns.Question]) : string.Empty;
                StartDraft(DraftKind.TableRow, line, question);
                var draft = _current!;
                if (columns.Answer >= 0 && columns.Answer < cells.Count)
                {
                    draft.InlineAnswer = LineBreakTag().Replace(cells[columns.Answer], "\n").Trim();
                }

                if (columns.Level >= 0 && columns.Level < cells.Count)
                {
                    draft.Title = $"{draft.Title} ({MarkdownInline.ToPlainText(cells[columns.Level])})";
                }

                Close(atBoundary: false);
            }

            return true;
        }

        /// <summary>The cells of one table row: split on pipes that are neither escaped nor inside code.</summary>
        private static List<string> SplitRow(string row)
        {
            var text = row.Trim();
            if (text.StartsWith('|'))
            {
                text = text[1..];
            }

            if (text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal))
            {
                text = text[..^1];
            }

            var cells = new List<string>();
            var start = 0;
            var inCode = false;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '`')
                {
                    inCode = !inCode;
                }
                else if (text[i] == '|' && !inCode && (i == 0 || text[i - 1] != '\\'))
                {
                    cells.Add(text[start..i].Trim());
                    start = i + 1;
                }
            }

            cells.Add(text[start..].Trim());
            return cells;
        }

        [GeneratedRegex(@"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")]
        private static partial Regex DelimiterRow();

        [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
        private static partial Regex LineBreakTag();
    }
}
