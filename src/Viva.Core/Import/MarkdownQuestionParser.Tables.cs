using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        private void VisitTable(Table table)
        {
            if (_current is { Kind: DraftKind.Heading } || InSkippedSection)
            {
                AppendToAnswer(table);
                return;
            }

            var rows = table.OfType<TableRow>().ToList();
            var header = rows.Count > 0 && rows[0].IsHeader ? rows[0] : null;
            var body = header is null ? rows : rows.Skip(1).ToList();
            var columns = TableColumns.Find(header is null ? null : Cells(header), body.Select(Cells).ToList());
            if (columns.Question < 0)
            {
                AppendToAnswer(table);
                return;
            }

            Close(atBoundary: false);
            foreach (var row in body)
            {
                var cells = RawCells(row);
                var question = columns.Question < cells.Count ? MarkdownInline.ToPlainText(cells[columns.Question]) : string.Empty;
                StartDraft(DraftKind.TableRow, row.Line, question);
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
        }

        private List<string> Cells(TableRow row) => [.. RawCells(row).Select(MarkdownInline.ToPlainText)];

        private List<string> RawCells(TableRow row) =>
            [.. row.OfType<TableCell>().Select(cell =>
                cell.Span.Start >= 0 && cell.Span.End < _lines.Text.Length && cell.Span.Length > 0
                    ? _lines.Text.Substring(cell.Span.Start, cell.Span.Length).Trim().Trim('|').Trim()
                    : string.Empty)];

        [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
        private static partial Regex LineBreakTag();
    }
}
