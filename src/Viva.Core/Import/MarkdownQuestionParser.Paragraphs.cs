using Markdig.Syntax;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        private const int MaxMarkerLength = 40;
        private const int HeadLength = 160;
        private static readonly System.Buffers.SearchValues<char> Markup = System.Buffers.SearchValues.Create(" \t*_>#[`");

        private void VisitParagraph(ParagraphBlock paragraph)
        {
            var first = paragraph.Line;
            var last = Math.Max(first, _lines.LineOf(paragraph.Span.End));
            var rawSpan = _lines.Span(first, last);
            var firstLineSpan = _lines.Span(first, first);

            if (IsLegend(paragraph) || TryVisitTable(paragraph, first, last) || TryVisitDefinitions(paragraph, first, last))
            {
                return;
            }

            // Labels, markers and bold questions are decided by how the first line starts (and ends),
            // so long prose lines are not copied and cleaned just to be looked at.
            var isBold = MarkdownInline.IsWhollyBold(firstLineSpan);

            // Under a heading question most paragraphs are plain answer text: only a line that could open
            // with a label, a marker or a remark about the document needs its plain text.
            if (_current is { Kind: DraftKind.Heading } open && !isBold && !open.CollectsPrompt && !MayOpenWithLabel(firstLineSpan))
            {
                ReadUnderHeading(open, paragraph, _lines, string.Empty, first, last);
                return;
            }

            var firstPlain = MarkdownInline.ToPlainText(isBold || firstLineSpan.Length <= HeadLength
                ? firstLineSpan.ToString()
                : firstLineSpan[..HeadLength].ToString());

            // Markers are short; skip the plain-text pass for real paragraphs. A link labelled "Ans" is not a
            // marker but a stub answer, whose link is kept as the reference.
            if (rawSpan.Length <= MaxMarkerLength && !rawSpan.Contains("](", StringComparison.Ordinal)
                && QuestionText.IsAnswerMarker(MarkdownInline.ToPlainText(rawSpan.ToString())))
            {
                if (_current is not null)
                {
                    _current.AnswerStarted = true;
                }

                return;
            }

            // "These questions are designed to…" talks about the document, not the question before it.
            if (_current is { AnswerStarted: false, Answer.Count: 0 } && DocumentCommentary().IsMatch(firstPlain))
            {
                return;
            }

            var labelled = QuestionText.TryStripQuestionLabel(firstPlain, out _);
            if (_current is { Kind: DraftKind.Heading } heading && !labelled)
            {
                ReadUnderHeading(heading, paragraph, _lines, firstPlain, first, last);
                return;
            }

            if (InSkippedSection)
            {
                return;
            }

            // "**Question 3**" alone on its line: the paragraph below it is the question.
            if (_current is { Kind: DraftKind.Label, Title.Length: 0, AnswerStarted: false, Answer.Count: 0, InlineAnswer: null } unnamed
                && !labelled && !QuestionText.TryStripAnswerLabel(firstPlain, out _))
            {
                unnamed.Title = MarkdownInline.ToPlainText(_lines.Lines(first, last));
                return;
            }

            if (isBold && IsBoldQuestion(firstPlain))
            {
                Close(atBoundary: false);
                StartDraft(DraftKind.BoldLine, first, firstPlain);
                AddRemainingLines(paragraph, first + 1, last);
                return;
            }

            if (labelled)
            {
                Close(atBoundary: false);
                ReadLabelledParagraph(paragraph, first, last);
                return;
            }

            if (_current is not null && QuestionText.TryStripAnswerLabel(firstPlain, out _))
            {
                _current.AnswerStarted = true;
                _current.Answer.Add(new AnswerPart(first, last, [paragraph], false));
                return;
            }

            AppendToAnswer(paragraph);
        }

        /// <summary>False when the line's first letter cannot start "Q:", "Answer:", "Solution", "These questions…" and the like.</summary>
        private static bool MayOpenWithLabel(ReadOnlySpan<char> line)
        {
            var k = line.IndexOfAnyExcept(Markup);
            return k < 0 || line[k] is 'q' or 'Q' or 'a' or 'A' or 's' or 'S' or 't' or 'T' or 'g' or 'G' or 'h' or 'H';
        }

        private static bool IsBoldQuestion(string plain) =>
            QuestionText.IsQuestionLike(plain) || QuestionText.StripNumbering(plain).Length < plain.Length;

        private static void ReadUnderHeading(QuestionDraft heading, ParagraphBlock paragraph, SourceLines lines, string firstPlain, int first, int last)
        {
            if (QuestionText.TryStripAnswerLabel(firstPlain, out _))
            {
                heading.AnswerStarted = true;
                heading.Answer.Add(new AnswerPart(first, last, [paragraph], false));
                return;
            }

            if (heading.CollectsPrompt)
            {
                var plain = MarkdownInline.ToPlainText(lines.Lines(first, last));
                if (QuestionText.IsQuestionLike(plain) || (heading.Prompt.Count == 0 && !QuestionText.IsQuestionLike(heading.Title)))
                {
                    heading.Prompt.Add(plain);
                    return;
                }
            }

            heading.AnswerStarted = true;
            var linkOnly = MarkdownInline.MayHoldLinks(lines.Span(first, last)) && MarkdownInline.IsOnlyLinks(lines.Lines(first, last));
            heading.Answer.Add(new AnswerPart(first, last, [paragraph], linkOnly));
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"^(these|the above|above|the following|all these|this list of|this set of) (questions|list|topics)\b|^good luck\b|^happy (learning|coding)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex DocumentCommentary();

        /// <summary>A paragraph that starts with <c>Q:</c> or <c>Question:</c>; an <c>A:</c> line in it starts the answer.</summary>
        private void ReadLabelledParagraph(ParagraphBlock paragraph, int first, int last)
        {
            var questionLines = new List<string>();
            var line = first;
            for (; line <= last; line++)
            {
                var plain = MarkdownInline.ToPlainText(_lines.Line(line));
                if (line > first && QuestionText.TryStripAnswerLabel(plain, out _))
                {
                    break;
                }

                questionLines.Add(line == first && QuestionText.TryStripQuestionLabel(plain, out var rest) ? rest : plain);
            }

            StartDraft(DraftKind.Label, first, string.Join(' ', questionLines));
            if (line <= last)
            {
                _current!.AnswerStarted = true;
                AddRemainingLines(paragraph, line, last);
            }
        }

        /// <summary>Adds lines of a paragraph that follow its question line to the open answer.</summary>
        private void AddRemainingLines(Block paragraph, int from, int last)
        {
            if (_current is null || from > last)
            {
                return;
            }

            var raw = _lines.Lines(from, last);
            if (QuestionText.IsAnswerMarker(MarkdownInline.ToPlainText(raw)))
            {
                _current.AnswerStarted = true;
                return;
            }

            _current.Answer.Add(new AnswerPart(from, last, [paragraph], MarkdownInline.IsOnlyLinks(raw)));
        }

        // "1. **Q:** What is…?" and "**Q: What is…?**" ask what follows the label.
        private void StartDraft(DraftKind kind, int line, string title) =>
            _current = new QuestionDraft
            {
                Kind = kind,
                Line = line + 1,
                Title = WithoutQuestionLabel(QuestionText.StripNumbering(title)),
                Topic = CurrentTopic(),
                SectionLevel = CurrentSectionLevel(),
            };

        private static string WithoutQuestionLabel(string title) =>
            QuestionText.TryStripQuestionLabel(title, out var rest) && rest.Length > 0 ? QuestionText.StripNumbering(rest) : title;
    }
}
