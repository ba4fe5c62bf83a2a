using System.Text.RegularExpressions;

namespace Viva.Core.Import;

/// <summary>Recognises section headings whose content is never questions: references, licences, tables of contents.</summary>
internal static partial class SectionTitles
{
    public static bool IsNonQuestionSection(string title) =>
        title.Length <= 80 && (LetterSpan(title) <= LongestNonQuestionName || FirstLetter(title) is 'm' or 'M') && NonQuestion().IsMatch(title.Trim());

    /// <summary>How many characters lie from the first letter of <paramref name="title"/> to its last, both included (0 when none).</summary>
    public static int LetterSpan(string title)
    {
        var first = 0;
        while (first < title.Length && !char.IsLetter(title[first]))
        {
            first++;
        }

        var last = title.Length - 1;
        while (last > first && !char.IsLetter(title[last]))
        {
            last--;
        }

        return first < title.Length ? last - first + 1 : 0;
    }

    private static char FirstLetter(string title)
    {
        foreach (var c in title)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>Heading text as a topic: trailing colons and stray marks removed.</summary>
    public static string AsTopic(string title) => TopicTrim().Replace(title, string.Empty).Trim();

    // The names of such sections, as regular-expression alternatives; only "must read…" may run on with more words.
    private const string NonQuestionNames = @"references?|resources?|readings?|reading list|must[\s-]+reads?.*|further reading|recommended reading|books?|useful links|links|citations?|cite|how to cite|licen[cs]e|contributing|contributors|contribution|acknowledge?ments?|credits|sponsors?|support|table of contents|contents|toc|about|about me|about the author|authors?|contact|changelog|star history|disclaimer";

    /// <summary>
    /// The longest text a name other than "must read…" can match: no such alternative matches more characters than its
    /// pattern has, so a heading whose letters span more (most of them) and that does not open with an m is no such section.
    /// </summary>
    private static readonly int LongestNonQuestionName = NonQuestionNames.Split('|').Where(name => !name.Contains(".*", StringComparison.Ordinal)).Max(name => name.Length);

    [GeneratedRegex(@"^[^\p{L}]*(" + NonQuestionNames + @")[^\p{L}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NonQuestion();

    [GeneratedRegex(@"[\s:;,.\-–—]+$")]
    private static partial Regex TopicTrim();
}
