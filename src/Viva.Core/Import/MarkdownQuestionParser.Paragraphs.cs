using Markdig.Syntax;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        private void VisitParagraph(ParagraphBlock paragraph)
        {
            var first = paragraph.Line;
            var last = Math.Max(first, _lines.LineOf(paragraph.Span.End));
            var raw = _lines.Lines(first, last);
            var plain = MarkdownInline.ToPlainText(raw);
            if (IsLegend(paragraph))
            {
                return;
            }

            if (QuestionText.IsAnswerMarker(plain))
            {
                if (_current is not null)
                {
                    _current.AnswerStarted = true;
                }

                return;
            }

            // "These questions are designed to…" talks about the document, not the question before it.
            if (_current is { AnswerStarted: false, Answer.Count: 0 } && DocumentCommentary().IsMatch(plain))
            {
                return;
            }

            var firstLine = _lines.Line(first);
            var labelled = QuestionText.TryStripQuestionLabel(MarkdownInline.ToPlainText(firstLine), out _);
            if (_current is { Kind: DraftKind.Heading } heading && !labelled)
            {
                ReadUnderHeading(heading, paragraph, raw, plain, first, last);
                return;
            }

            if (InSkippedSection)
            {
                return;
            }

            if (MarkdownInline.IsWhollyBold(firstLine) && IsBoldQuestion(firstLine))
            {
                Close(atBoundary: false);
                StartDraft(DraftKind.BoldLine, first, MarkdownInline.ToPlainText(firstLine));
                AddRemainingLines(paragraph, first + 1, last);
                return;
            }

            if (labelled)
            {
                Close(atBoundary: false);
                ReadLabelledParagraph(paragraph, first, last);
                return;
            }

            if (_current is not null && QuestionText.TryStripAnswerLabel(plain, out _))
            {
                _current.AnswerStarted = true;
                _current.Answer.Add(new AnswerPart(first, last, [paragraph], false));
                return;
            }

            AppendToAnswer(paragraph);
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"^(these|the above|above|the following|all these|this list of|this set of) (questions|list|topics)\b|^good luck\b|^happy (learning|coding)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex DocumentCommentary();

        private static bool IsBoldQuestion(string line)
        {
            var plain = MarkdownInline.ToPlainText(line);
            return QuestionText.IsQuestionLike(plain) || QuestionText.StripNumbering(plain).Length < plain.Length;
        }

        private static void ReadUnderHeading(QuestionDraft heading, ParagraphBlock paragraph, string raw, string plain, int first, int last)
        {
            if (QuestionText.TryStripAnswerLabel(plain, out _))
            {
                heading.AnswerStarted = true;
                heading.Answer.Add(new AnswerPart(first, last, [paragraph], false));
                return;
            }

            var isPrompt = heading.CollectsPrompt
                && (QuestionText.IsQuestionLike(plain) || (heading.Prompt.Count == 0 && !QuestionText.IsQuestionLike(heading.Title)));
            if (isPrompt)
            {
                heading.Prompt.Add(plain);
                return;
            }

            heading.AnswerStarted = true;
            heading.Answer.Add(new AnswerPart(first, last, [paragraph], MarkdownInline.IsOnlyLinks(raw)));
        }

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

        private void StartDraft(DraftKind kind, int line, string title) =>
            _current = new QuestionDraft
            {
                Kind = kind,
                Line = line + 1,
                Title = QuestionText.StripNumbering(title),
                Topic = CurrentTopic(),
                SectionLevel = CurrentSectionLevel(),
            };
    }
}
