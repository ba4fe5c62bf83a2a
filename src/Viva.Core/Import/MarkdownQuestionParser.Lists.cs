using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        private const int TopicItemMaxWords = 10;
        private bool _sawQuestionList;

        private void VisitList(ListBlock list)
        {
            if (IsLegend(list))
            {
                return;
            }

            // Under a heading, bold or labelled question every list is answer content.
            if (_current is { Kind: not DraftKind.ListItem })
            {
                AppendToAnswer(list);
                return;
            }

            if (InSkippedSection)
            {
                return;
            }

            if (LooksLikeTableOfContents(list))
            {
                return;
            }

            var items = list.OfType<ListItemBlock>().Select(ReadItem).ToList();
            if (items.Count == 0)
            {
                return;
            }

            var questionLike = items.Count(i => i.IsQuestionLike);
            // A lone bullet ("- Define objectives:") is weak evidence; a lone numbered prompt or a real question is not.
            var byMajority = items.Count > 1
                ? questionLike * 2 > items.Count
                : items[0].Title.Contains('?', StringComparison.Ordinal) || (items[0].IsQuestionLike && list.IsOrdered);
            var topicList = !byMajority && _sawQuestionList && list.IsOrdered
                && items.TrueForAll(i => !i.IsPointer && i.Words <= TopicItemMaxWords);
            _sawQuestionList |= byMajority;
            if (!byMajority && !topicList && !items.Exists(i => i.Title.Contains('?', StringComparison.Ordinal)))
            {
                AppendToAnswer(list);
                return;
            }

            foreach (var item in items)
            {
                // Outside a question list only an outright question counts; "Define objectives:" there is a step, not a prompt.
                var isQuestion = byMajority || topicList
                    ? item.IsQuestionLike || (!item.IsPointer && item.Title.Length > 0)
                    : item.Title.Contains('?', StringComparison.Ordinal);
                if (isQuestion && NestedQuestionList(item) is { } nested)
                {
                    // "3. Dimensionality reduction." over numbered sub-questions is a section, not a question.
                    Close(atBoundary: false);
                    var section = new Section(int.MaxValue, SectionTitles.AsTopic(item.Title), null, false);
                    ChangeSections(sections => sections.Add(section));
                    VisitList(nested);
                    Close(atBoundary: false);
                    ChangeSections(sections => sections.Remove(section));
                }
                else if (isQuestion)
                {
                    Close(atBoundary: false);
                    StartDraft(DraftKind.ListItem, item.Block.Line, item.Title);
                    AddItemAnswer(item);
                }
                else if (_current is not null)
                {
                    AppendToAnswer(item.Block);
                }
            }
        }

        /// <summary>The item's own list of sub-items, when most of them are questions; otherwise null.</summary>
        private ListBlock? NestedQuestionList(ListItem item)
        {
            if (item.IsQuestionLike)
            {
                return null;
            }

            foreach (var child in item.Block)
            {
                if (child is ListBlock list)
                {
                    var items = list.OfType<ListItemBlock>().Select(ReadItem).ToList();
                    if (items.Count > 0 && items.Count(i => i.IsQuestionLike) * 2 >= items.Count)
                    {
                        return list;
                    }
                }
            }

            return null;
        }

        private void AddItemAnswer(ListItem item)
        {
            if (item.TrailingAnswer is { } inline)
            {
                _current!.InlineAnswer = inline;
            }

            if (item.Paragraph is { } paragraph)
            {
                AddRemainingLines(paragraph, item.QuestionLastLine + 1, LastLine(paragraph));
            }

            foreach (var child in item.Block.Skip(item.Paragraph is null ? 0 : 1))
            {
                if (child is HtmlBlock html && IsAnswerWrapper(BlockText(html), out var rest))
                {
                    _current!.AnswerStarted = true;
                    _current.InlineAnswer = AppendInline(_current.InlineAnswer, rest);
                    continue;
                }

                _current!.Answer.Add(new AnswerPart(child.Line, LastLine(child), [child], false));
            }
        }

        private int LastLine(Block block) => Math.Max(block.Line, _lines.LineOf(Math.Max(block.Span.Start, block.Span.End)));

        private ListItem ReadItem(ListItemBlock block)
        {
            if (block.Count == 0 || block[0] is not ParagraphBlock paragraph)
            {
                return new ListItem(block, null, string.Empty, block.Line, null, false, false, 0);
            }

            // The question is the paragraph's first lines up to one ending in '?' or ':'; later lines answer it.
            var last = LastLine(paragraph);
            var questionLast = paragraph.Line;
            while (questionLast < last && !EndsQuestion(_lines.Line(questionLast)))
            {
                questionLast++;
            }

            var firstLine = _lines.LineFrom(paragraph.Span.Start);
            var raw = questionLast > paragraph.Line ? firstLine + "\n" + _lines.Lines(paragraph.Line + 1, questionLast) : firstLine;
            string? trailing = null;
            var split = raw.Contains("](", StringComparison.Ordinal) ? TrailingLinks().Match(raw) : System.Text.RegularExpressions.Match.Empty;
            if (split.Success && split.Index > 0)
            {
                trailing = split.Groups["links"].Value.Trim();
                raw = raw[..split.Index];
            }

            var plain = MarkdownInline.ToPlainText(raw);
            var title = QuestionText.StripNumbering(plain);
            var words = title.AsSpan().Count(' ') + 1;
            // A level tag ("[H] Find the eigenvalues…") marks an item as a prompt even without a question mark.
            var unmarked = LevelMarkers.WithoutLetterMarker(title);
            var questionLike = unmarked.Length < title.Length || QuestionText.IsQuestionLike(unmarked);
            return new ListItem(block, paragraph, title, questionLast, trailing, questionLike,
                !questionLike && Pointer().IsMatch(plain), words);
        }

        private static bool EndsQuestion(string line)
        {
            var trimmed = line.TrimEnd();
            return trimmed.EndsWith('?') || trimmed.EndsWith(':') || trimmed.EndsWith(')');
        }

        /// <summary>Most items link into the page (or to sibling files): a table of contents, never questions.</summary>
        private bool LooksLikeTableOfContents(ListBlock list)
        {
            int items = 0, links = 0;
            foreach (var block in list)
            {
                if (block is ListItemBlock { Count: > 0 } item && item[0] is ParagraphBlock paragraph)
                {
                    items++;
                    var start = _lines.SpanFrom(paragraph.Span.Start).TrimStart();
                    if (start.StartsWith('[') && InPageLink().IsMatch(start))
                    {
                        links++;
                    }
                }
            }

            return items > 0 && links * 5 >= items * 3;
        }

        /// <summary>A list item: its question text and where its answer lies.</summary>
        private sealed record ListItem(
            ListItemBlock Block,
            ParagraphBlock? Paragraph,
            string Title,
            int QuestionLastLine,
            string? TrailingAnswer,
            bool IsQuestionLike,
            bool IsPointer,
            int Words);

        [GeneratedRegex(@"(?<=\S)(?<links>(?:\s*\[(?:ans|answers?|here|solution|link|discussion|read|[^\]]*\bhere)\]\([^)]*\))+)\s*$", RegexOptions.IgnoreCase)]
        private static partial Regex TrailingLinks();

        [GeneratedRegex(@"^\[[^\]]*\]\((?:#|\./|[^)\s]+\.md\b)")]
        private static partial Regex InPageLink();

        [GeneratedRegex(@"\b(thread|blog|article|paper|repo|repository|video|tutorial|post|course|notebook|discussion|colab|slides|podcast|hands[\s-]on|read here|click here|link|links|awesome|nice|by [A-Z]\w*)", RegexOptions.IgnoreCase)]
        private static partial Regex Pointer();
    }
}
