using System.Text.RegularExpressions;
using Viva.Core.Text;

namespace Viva.Core.Questions;

/// <summary>
/// Tells a full answer from a stub: what is left of a stub once its links, headings, list markers, labels
/// and placeholder notes are taken away has no words of its own. A stub's links are kept as references.
/// </summary>
public static partial class AnswerClassifier
{
    // A bullet of a skeleton names a part to fill in ("Definition:", "Pros -"), in a few words at most.
    private const int MaxSkeletonLabelWords = 3;

    /// <summary>The quality of <paramref name="answer"/> (Markdown, or null when there is none).</summary>
    public static AnswerQuality Classify(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return AnswerQuality.None;
        }

        var rest = MarkdownLinks.Image().Replace(answer, " ");
        rest = Link().Replace(rest, " ");
        rest = MarkdownLinks.AutoLink().Replace(rest, " ");
        rest = MarkdownLinks.BareUrl().Replace(rest, " ");
        if (rest.Length < answer.Length)
        {
            // Between links, "see", "and" or "read more" only point at them.
            rest = LinkConnective().Replace(rest, " ");
        }

        rest = Placeholder().Replace(rest, " ");
        foreach (var line in rest.Split('\n'))
        {
            if (HasOwnWords(line))
            {
                return AnswerQuality.Full;
            }
        }

        return AnswerQuality.Stub;
    }

    /// <summary>The links of <paramref name="answer"/> in order, each once: the Markdown link text (or the address) and the address.</summary>
    public static IReadOnlyList<(string Text, string Url)> References(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return [];
        }

        var found = new List<(int At, string Text, string Url)>();
        foreach (Match match in Link().Matches(answer))
        {
            found.Add((match.Index, match.Groups["text"].Value.Trim(), match.Groups["url"].Value.Trim()));
        }

        var withoutLinks = Link().Replace(answer, m => new string(' ', m.Length));
        foreach (Match match in MarkdownLinks.AutoLink().Matches(withoutLinks))
        {
            found.Add((match.Index, match.Groups["url"].Value, match.Groups["url"].Value));
        }

        withoutLinks = MarkdownLinks.AutoLink().Replace(withoutLinks, m => new string(' ', m.Length));
        foreach (Match match in MarkdownLinks.BareUrl().Matches(withoutLinks))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ')');
            found.Add((match.Index, url, url));
        }

        return [.. found.Where(f => f.Url.Length > 0).OrderBy(f => f.At).DistinctBy(f => f.Url).Select(f => (f.Text.Length > 0 ? f.Text : f.Url, f.Url))];
    }

    /// <summary>Whether a line says something: not a heading, an empty or label-only bullet, or punctuation.</summary>
    private static bool HasOwnWords(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('#'))
        {
            return false;
        }

        var bullet = ListMarker().Match(text);
        if (bullet.Success)
        {
            text = text[bullet.Length..].Trim();
            if (SkeletonLabel().IsMatch(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSkeletonLabelWords)
            {
                return false;
            }
        }

        return LetterOrDigit().IsMatch(text);
    }

    [GeneratedRegex(@"\[(?<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?<url>(?:[^()\s]|\([^)]*\))*)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    // Notes that the answer is still to come, alone or as a line's whole content.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:todo|tbd|tba|wip|fixme|coming soon|to be (?:added|written|done|completed|filled(?: in)?)|(?:your |the )?answer (?:goes )?here|add (?:the )?answer(?: here)?|fill(?: this)? in(?: later)?|work in progress|not yet answered|no answer yet)(?![\p{L}\p{N}])\.*", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:and|or|also|see|read|more|here|there|check|refer|to|the|this|these|at|in|on|for|link|links|ref|refs|references?|sources?|ans|answers?|explained|details|discussion|prelim|idea|good|nice|great|article|blog|post|paper|video)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex LinkConnective();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]?\])?(?=\s|$)")]
    private static partial Regex ListMarker();

    // "Definition:", "**Pros** -", "Example –" with nothing after.
    [GeneratedRegex(@"^[*_]*[\p{L}\p{N} /()'-]+[*_]*\s*[:\-–—][*_]*\s*$")]
    private static partial Regex SkeletonLabel();

    [GeneratedRegex(@"[\p{L}\p{N}]")]
    private static partial Regex LetterOrDigit();
}
