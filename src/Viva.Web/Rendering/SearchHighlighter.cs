using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Viva.Web.Rendering;

/// <summary>HTML-encodes text and wraps the words of a search query in <c>&lt;mark&gt;</c>.</summary>
public static partial class SearchHighlighter
{
    /// <summary>Encoded <paramref name="text"/> with every word starting with a query term marked.</summary>
    public static string Highlight(string text, string query)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        var terms = Word().Matches(query).Select(m => Regex.Escape(m.Value)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (terms.Count == 0)
        {
            return HtmlEncoder.Default.Encode(text);
        }

        var pattern = new Regex(@"\b(?:" + string.Join('|', terms) + @")\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var html = new StringBuilder();
        var at = 0;
        foreach (Match match in pattern.Matches(text))
        {
            html.Append(HtmlEncoder.Default.Encode(text[at..match.Index]))
                .Append("<mark>").Append(HtmlEncoder.Default.Encode(match.Value)).Append("</mark>");
            at = match.Index + match.Length;
        }

        return html.Append(HtmlEncoder.Default.Encode(text[at..])).ToString();
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
