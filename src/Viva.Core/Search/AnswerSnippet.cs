using System.Text;
using System.Text.RegularExpressions;

namespace Viva.Core.Search;

/// <summary>The opening of an answer as one line of plain text, for search results.</summary>
public static partial class AnswerSnippet
{
    /// <summary>The default length of a snippet, in characters.</summary>
    public const int DefaultLength = 160;

    /// <summary>
    /// The first words of <paramref name="markdown"/>, without code blocks, headings' marks, emphasis or links' targets,
    /// cut at a word boundary near <paramref name="length"/> characters with an ellipsis.
    /// </summary>
    public static string From(string? markdown, int length = DefaultLength)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var inCode = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (inCode || line.Length == 0 || line.StartsWith('|'))
            {
                continue;
            }

            text.Append(Markup().Replace(Link().Replace(line, "$1"), string.Empty)).Append(' ');
            if (text.Length > length * 2)
            {
                break;
            }
        }

        var plain = Spaces().Replace(text.ToString(), " ").Trim();
        if (plain.Length <= length)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', length);
        return plain[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^(#+|[-*+]|\d+\.|>)\s+|\*\*|__|`|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
