using Markdig.Syntax;
using Viva.Core.Questions;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        private const int MaxQuestionLength = 1500;

        /// <summary>Finishes the open question; <paramref name="atBoundary"/> is true at a heading or the end of the document.</summary>
        private void Close(bool atBoundary)
        {
            _deadline.ThrowIfCancellationRequested();
            var draft = _current;
            _current = null;
            if (draft is null)
            {
                return;
            }

            var text = QuestionText.Tidy(ComposeText(draft));
            var level = LevelMarkers.Extract(ref text, _legend) ?? draft.SectionLevel;
            if (!HasLetterOrDigit(text))
            {
                _invalid.Add(new InvalidItem(draft.Line, text, "question has no text"));
                return;
            }

            if (text.Length > MaxQuestionLength)
            {
                _invalid.Add(new InvalidItem(draft.Line, text[..80] + "…", $"question text is over {MaxQuestionLength:N0} characters"));
                return;
            }

            if (atBoundary)
            {
                DropTrailingLinks(draft.Answer);
            }

            var answer = AnswerComposer.Compose(_lines, draft.InlineAnswer, draft.Answer);
            CuratedMetadata? curated = null;
            if (draft.MetadataComment is { } comment)
            {
                var metadata = CuratedMetadataParser.Parse(comment, ref answer);
                if (metadata.Error is { } error)
                {
                    _invalid.Add(new InvalidItem(draft.Line, text, error));
                    return;
                }

                curated = metadata.Metadata;
                level = metadata.Level ?? level;
            }

            _questions.Add(new ExtractedQuestion
            {
                Source = _source,
                Line = draft.Line,
                Text = text,
                Answer = answer,
                Topic = draft.Topic,
                Level = level,
                Code = CollectCode(draft.Answer),
                Curated = curated,
            });
        }

        private static bool HasLetterOrDigit(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static string ComposeText(QuestionDraft draft)
        {
            if (draft.Prompt.Count == 0)
            {
                return draft.Title;
            }

            var prompt = string.Join(' ', draft.Prompt);
            if (draft.Title.Length == 0)
            {
                return prompt;
            }

            var title = draft.Title.TrimEnd(':', ' ');
            return title.EndsWith('?') || title.EndsWith('.') ? $"{title} {prompt}" : $"{title}: {prompt}";
        }

        /// <summary>Bare link paragraphs after the last answer of a section are the document's references, not the answer.</summary>
        private static void DropTrailingLinks(List<AnswerPart> parts)
        {
            var keep = parts.Count;
            while (keep > 0 && parts[keep - 1].IsLinkOnly)
            {
                keep--;
            }

            if (keep > 0 && keep < parts.Count)
            {
                parts.RemoveRange(keep, parts.Count - keep);
            }
        }

        private static List<CodeSnippet> CollectCode(List<AnswerPart> parts)
        {
            var code = new List<CodeSnippet>();
            foreach (var part in parts)
            {
                foreach (var block in part.Blocks)
                {
                    CollectCode(block, code);
                }
            }

            return code;
        }

        private static void CollectCode(Block block, List<CodeSnippet> code)
        {
            switch (block)
            {
                case FencedCodeBlock fenced:
                    code.Add(new CodeSnippet(fenced.Info ?? string.Empty, fenced.Lines.ToString()));
                    break;
                case CodeBlock indented:
                    var content = indented.Lines.ToString();
                    if (!ProseDetector.IsProse(content))
                    {
                        code.Add(new CodeSnippet(string.Empty, content));
                    }

                    break;
                case ContainerBlock container:
                    for (var k = 0; k < container.Count; k++)
                    {
                        CollectCode(container[k], code);
                    }

                    break;
            }
        }
    }
}
