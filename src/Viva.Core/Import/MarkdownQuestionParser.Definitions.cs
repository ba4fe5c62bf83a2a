using Markdig.Syntax;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        /// <summary>
        /// Definition lists (a term on its own line, its definition on the next after <c>: </c>), as glossaries write
        /// them: each term is a question, asked as a concept heading is ("What is recall?") unless it already asks
        /// something, and its definitions are the answer. Under a heading question they are answer text like any other.
        /// </summary>
        private bool TryVisitDefinitions(ParagraphBlock paragraph, int first, int last)
        {
            if (last == first || !IsDefinitionLine(_lines.Span(first + 1, first + 1)) || IsDefinitionLine(_lines.Span(first, first))
                || _current is { Kind: DraftKind.Heading } || InSkippedSection)
            {
                return false;
            }

            var entries = new List<(int Line, string Term, List<string> Definitions)>();
            for (var line = first; line <= last; line++)
            {
                var text = _lines.Line(line);
                if (IsDefinitionLine(text))
                {
                    entries[^1].Definitions.Add(text.TrimStart()[1..].Trim());
                }
                else if (line < last && IsDefinitionLine(_lines.Line(line + 1)))
                {
                    entries.Add((line, MarkdownInline.ToPlainText(text).Trim(), []));
                }
                else if (entries.Count > 0 && entries[^1].Definitions.Count > 0)
                {
                    // A lazy continuation of the definition above.
                    entries[^1].Definitions[^1] += " " + text.Trim();
                }
            }

            foreach (var (line, term, definitions) in entries)
            {
                Close(atBoundary: false);
                var question = QuestionText.IsQuestionLike(term) || !ConceptTitles.IsConceptName(term) ? term : ConceptTitles.AsQuestion(term);
                StartDraft(DraftKind.Label, line, question);
                var answer = string.Join("\n\n", definitions.Where(d => d.Length > 0));
                _current!.InlineAnswer = answer.Length > 0 ? answer : null;
                _current.AnswerStarted = true;
            }

            return true;
        }

        private static bool IsDefinitionLine(ReadOnlySpan<char> line)
        {
            var trimmed = line.TrimStart();
            return trimmed.Length >= 2 && trimmed[0] == ':' && trimmed[1] is ' ' or '\t' && line.Length - trimmed.Length < 4;
        }
    }
}
