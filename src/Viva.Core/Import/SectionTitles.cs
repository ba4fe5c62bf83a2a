using System.Text.RegularExpressions;

namespace Viva.Core.Import;

/// <summary>Recognises section headings whose content is never questions: references, licences, tables of contents.</summary>
internal static partial class SectionTitles
{
    public static bool IsNonQuestionSection(string title) => title.Length <= 80 && NonQuestion().IsMatch(title.Trim());

    /// <summary>Heading text as a topic: trailing colons and stray marks removed.</summary>
    public static string AsTopic(string title) => TopicTrim().Replace(title, string.Empty).Trim();

    [GeneratedRegex(@"^[^\p{L}]*(references?|resources?|readings?|reading list|must[\s-]+reads?.*|further reading|recommended reading|books?|useful links|links|citations?|cite|how to cite|licen[cs]e|contributing|contributors|contribution|acknowledge?ments?|credits|sponsors?|support|table of contents|contents|toc|about|about me|about the author|authors?|contact|changelog|star history|disclaimer)[^\p{L}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NonQuestion();

    [GeneratedRegex(@"[\s:;,.\-–—]+$")]
    private static partial Regex TopicTrim();
}
