using System.Net;
using Viva.Core.Text;

namespace Viva.Web.Rendering;

/// <summary>
/// Maths in HTML: an element that holds the expression's Unicode text, readable as it is, and its LaTeX in
/// <c>data-tex</c> for the page's typesetter (KaTeX, served from this origin) to replace it with.
/// </summary>
public static class MathHtml
{
    /// <summary>The element for one expression (without its delimiters).</summary>
    public static string Element(string latex, bool display)
    {
        ArgumentNullException.ThrowIfNull(latex);
        var tag = display ? "div" : "span";
        var fallback = WebUtility.HtmlEncode(LatexText.ToUnicode(latex));
        return $"<{tag} class=\"math{(display ? " math-display" : "")}\" data-tex=\"{WebUtility.HtmlEncode(latex.Trim())}\">{fallback}</{tag}>";
    }

    /// <summary>Plain text (a question, a key point) as HTML: escaped, with its delimited maths as elements.</summary>
    public static string Text(string text) =>
        LatexText.Render(text, WebUtility.HtmlEncode, (latex, display) => Element(latex, display).Replace("<div", "<span", StringComparison.Ordinal).Replace("</div>", "</span>", StringComparison.Ordinal));
}
