using System.Text.RegularExpressions;
using Viva.Core.Text;

namespace Viva.Core.Import;

/// <summary>Turns one line of inline Markdown into plain text (emphasis, links, code spans, HTML removed).</summary>
internal static partial class MarkdownInline
{
    public static string ToPlainText(string markdown)
    {
        // Each pass runs only when its trigger character is present: most lines need none, found in one vectorised pass.
        if (markdown.AsSpan().IndexOfAny(Triggers) < 0)
        {
            return QuestionText.Tidy(markdown);
        }

        var text = markdown;
        if (text.Contains('['))
        {
            text = MarkdownLinks.Image().Replace(text, string.Empty);
            text = Link().Replace(text, "${text}");
            text = ReferenceLink().Replace(text, "${text}");
        }

        if (text.Contains('<'))
        {
            text = MarkdownLinks.AutoLink().Replace(text, "${url}");
            text = HtmlTag().Replace(text, string.Empty);
        }

        if (text.Contains('`'))
        {
            text = CodeSpan().Replace(text, "${code}");
        }

        if (text.Contains('*') || text.Contains('_') || text.Contains('\\'))
        {
            // Maths keeps its underscores, stars and backslashes: in "$\sigma^2_{\text{noise}}$" they are subscripts and
            // commands, not emphasis and escapes.
            text = LatexText.Render(text, PlainMarks, (latex, display) => display ? $"$${latex}$$" : $"${latex}$");
        }

        if (text.Contains('&'))
        {
            text = System.Net.WebUtility.HtmlDecode(text);
        }

        if (text.Contains('['))
        {
            text = SourceLabel().Replace(text, string.Empty);
        }

        return QuestionText.Tidy(text);
    }

    // The characters that set off one of the passes below.
    private static readonly System.Buffers.SearchValues<char> Triggers = System.Buffers.SearchValues.Create("[<`*_\\&");

    private static string PlainMarks(string text)
    {
        if (text.Contains('*') || text.Contains('_'))
        {
            text = Emphasis().Replace(text, string.Empty);
        }

        return text.Contains('\\') ? Escape().Replace(text, "${c}") : text;
    }

    /// <summary>True when the line, trimmed, is wrapped in bold markers (<c>**…**</c> or <c>__…__</c>).</summary>
    public static bool IsWhollyBold(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 4
            && ((trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal))
                || (trimmed.StartsWith("__", StringComparison.Ordinal) && trimmed.EndsWith("__", StringComparison.Ordinal)));
    }

    /// <summary>True when the text holds nothing but links (and punctuation).</summary>
    public static bool MayHoldLinks(ReadOnlySpan<char> markdown) => markdown.IndexOfAny(LinkMarks) >= 0;

    // "](" or "http" in any case, found in one vectorised pass (a case-blind Contains searches character by character).
    private static readonly System.Buffers.SearchValues<string> LinkMarks =
        System.Buffers.SearchValues.Create(["](", "http"], StringComparison.OrdinalIgnoreCase);

    public static bool IsOnlyLinks(string markdown)
    {
        if (!MayHoldLinks(markdown))
        {
            return false;
        }

        var rest = Link().Replace(MarkdownLinks.Image().Replace(markdown, string.Empty), string.Empty);
        rest = MarkdownLinks.AutoLink().Replace(rest, string.Empty);
        rest = MarkdownLinks.BareUrl().Replace(rest, string.Empty);
        return !LetterOrDigit().IsMatch(rest);
    }

    [GeneratedRegex(@"\s*\[\s*(?:src|source|sources|ref|reference|link|answer|ans)\s*\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"\[(?<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()]|\([^)]*\))*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"`+(?<code>[^`]+)`+")]
    private static partial Regex CodeSpan();

    // A mark escaped with a backslash is a literal character, left for the escape pass.
    [GeneratedRegex(@"(?<![\\\w])(\*{1,3}|_{2,3})|(?<!\\)(\*{1,3}|_{2,3})(?!\w)|(?<=[\s\p{P}]|^)(?<!\\)_(?=\S)|(?<=\S)(?<!\\)_(?=[\s\p{P}]|$)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!|<>~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"[\p{L}\p{N}]")]
    private static partial Regex LetterOrDigit();
}
