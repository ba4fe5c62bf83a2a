using Markdig.Syntax;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        private void VisitHeading(HeadingBlock heading, int index)
        {
            var info = _headings[index];
            if (_current is { Kind: DraftKind.Heading } open)
            {
                if (info.IsAnswerLabel && heading.Level >= open.HeadingLevel)
                {
                    open.AnswerStarted = true;
                    info.InAnswer = true;
                    return;
                }

                // Deeper headings, and same-level unlabelled ones under a labelled question, belong to the answer.
                var inside = heading.Level > open.HeadingLevel
                    || (open.IsLabelled && heading.Level == open.HeadingLevel && !info.IsQuestion && !info.IsSkippedSection && info.LevelName is null);
                if (inside && !info.IsQuestion)
                {
                    open.AnswerStarted = true;
                    info.InAnswer = true;
                    AppendToAnswer(heading);
                    return;
                }
            }
            else if (_current is not null && info.IsAnswerLabel)
            {
                _current.AnswerStarted = true;
                info.InAnswer = true;
                return;
            }

            Close(atBoundary: true);
            // A level heading ("## Basic Level") right under a topic at the same depth refines it rather than replacing it.
            ChangeSections(sections => sections.RemoveAll(s => s.HeadingLevel >= heading.Level && (info.LevelName is null || s.Level is not null || s.Skip)));
            if (info.IsQuestion && !InSkippedSection)
            {
                _current = new QuestionDraft
                {
                    Kind = DraftKind.Heading,
                    Line = info.Line + 1,
                    HeadingLevel = heading.Level,
                    Title = info.ConceptQuestion ?? info.Text,
                    IsLabelled = info.IsQuestionLabel,
                    Topic = CurrentTopic(),
                    SectionLevel = CurrentSectionLevel(),
                };
                return;
            }

            var section = new Section(
                heading.Level,
                info.LevelName is null ? SectionTitles.AsTopic(info.Text) : string.Empty,
                info.LevelName,
                info.IsSkippedSection);
            ChangeSections(sections => sections.Add(section));
        }

        private void VisitHtml(HtmlBlock html)
        {
            var text = BlockText(html);
            if (TryVisitDetails(html, text))
            {
                return;
            }

            if (_current is not null && _current.MetadataComment is null && _current.Answer.Count == 0
                && CuratedMetadataParser.IsMetadataComment(text))
            {
                _current.MetadataComment = text;
                return;
            }

            if (text.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                return;
            }

            AppendToAnswer(html);
        }
    }
}
