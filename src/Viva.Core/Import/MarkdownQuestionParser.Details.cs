using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Viva.Core.Import;

public sealed partial class MarkdownQuestionParser
{
    private sealed partial class Reader
    {
        private bool _inDetails;

        /// <summary>
        /// Collapsible sections: <c>&lt;details&gt;&lt;summary&gt;Question?&lt;/summary&gt; answer &lt;/details&gt;</c>
        /// is a question with its answer; a summary such as "Answer" or "Show solution" only hides the
        /// answer of the question before it.
        /// </summary>
        private bool TryVisitDetails(HtmlBlock html, string text)
        {
            var summary = Summary().Match(text);
            var closes = text.Contains("</details>", StringComparison.OrdinalIgnoreCase);
            if (!summary.Success)
            {
                // A bare </details> (or <details>) tag carries nothing for the answer.
                if (!DetailsTags().IsMatch(text) || Body(text).Length > 0)
                {
                    return false;
                }

                if (_inDetails && closes)
                {
                    Close(atBoundary: false);
                    _inDetails = false;
                }

                return true;
            }

            var question = MarkdownInline.ToPlainText(summary.Groups["text"].Value);
            var rest = Body(text[(summary.Index + summary.Length)..].Replace("</details>", string.Empty, StringComparison.OrdinalIgnoreCase));
            if (QuestionText.IsAnswerMarker(question) || Reveal().IsMatch(question))
            {
                if (_current is not null)
                {
                    _current.AnswerStarted = true;
                    _current.InlineAnswer = AppendInline(_current.InlineAnswer, rest);
                }

                return true;
            }

            if (_current is { Kind: DraftKind.Heading } || InSkippedSection)
            {
                return false;
            }

            Close(atBoundary: false);
            StartDraft(DraftKind.Label, html.Line, question);
            _current!.InlineAnswer = rest.Length > 0 ? rest : null;
            _inDetails = !closes;
            if (closes)
            {
                Close(atBoundary: false);
            }

            return true;
        }

        /// <summary>
        /// True for an HTML block that only opens or closes a collapsed answer (<c>&lt;details&gt;&lt;summary&gt;Answer&lt;/summary&gt;</c>,
        /// <c>&lt;/details&gt;</c>) inside a list item's answer; <paramref name="rest"/> is whatever Markdown it also holds.
        /// </summary>
        private static bool IsAnswerWrapper(string text, out string rest)
        {
            rest = string.Empty;
            var summary = Summary().Match(text);
            if (!summary.Success)
            {
                return DetailsTags().IsMatch(text) && Body(text).Length == 0;
            }

            var label = MarkdownInline.ToPlainText(summary.Groups["text"].Value);
            if (!(QuestionText.IsAnswerMarker(label) || Reveal().IsMatch(label)) || Body(text[..summary.Index]).Length > 0)
            {
                return false;
            }

            rest = Body(text[(summary.Index + summary.Length)..]);
            return true;
        }

        private static string? AppendInline(string? inline, string more) =>
            more.Length == 0 ? inline : string.IsNullOrEmpty(inline) ? more : inline + "\n\n" + more;

        /// <summary>The Markdown inside an HTML block, with the collapsible's own tags removed.</summary>
        private static string Body(string html) => DetailsTags().Replace(html, string.Empty).Trim();

        [GeneratedRegex(@"<summary[^>]*>(?<text>.*?)</summary>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
        private static partial Regex Summary();

        [GeneratedRegex(@"</?details[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex DetailsTags();

        [GeneratedRegex(@"^(show|hide|reveal|see|view|click|expand|toggle)\b|\b(answer|solution|explanation)s?\b", RegexOptions.IgnoreCase)]
        private static partial Regex Reveal();
    }
}
