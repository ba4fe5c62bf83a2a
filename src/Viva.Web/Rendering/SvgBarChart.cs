using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Viva.Web.Rendering;

/// <summary>
/// Draws labelled horizontal bars of shares (0–1) as inline SVG on the server, one row per item: readiness per topic
/// and the forecast for the interview day. Like <see cref="SvgColumnChart"/>, no script and nothing for the policy to allow.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 600;
    private const int Row = 18;
    private const int LabelWidth = 200;
    private const int ValueWidth = 44;
    private const int LongestLabel = 32;

    /// <summary>An SVG chart with one bar per item, in the order given.</summary>
    /// <param name="title">Read out by screen readers.</param>
    /// <param name="items">Label and share (0–1) of each bar, top to bottom.</param>
    /// <param name="colour">Fill colour of the bars.</param>
    public static string Render(string title, IReadOnlyList<(string Label, double Share)> items, string colour)
    {
        ArgumentNullException.ThrowIfNull(items);
        var height = Math.Max(1, items.Count) * Row + 4;
        var barSpace = Width - LabelWidth - ValueWidth;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart bars\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">"))
            .Append(Invariant($"<title>{Encode(title)}</title>"));
        for (var i = 0; i < items.Count; i++)
        {
            var (label, share) = items[i];
            var value = Math.Clamp(share, 0, 1);
            var y = (i * Row) + 2;
            var percent = Percent(value);
            svg.Append(Invariant($"<text x=\"0\" y=\"{y + 13}\" font-size=\"11\" fill=\"#333\">{Encode(Shorten(label))}<title>{Encode(label)}</title></text>"))
                .Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{barSpace}\" height=\"{Row - 5}\" fill=\"#eee\"/>"))
                .Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{barSpace * value:0.#}\" height=\"{Row - 5}\" fill=\"{colour}\">"))
                .Append(Invariant($"<title>{Encode(label)}: {percent}</title></rect>"))
                .Append(Invariant($"<text x=\"{Width - ValueWidth + 4}\" y=\"{y + 13}\" font-size=\"11\" fill=\"#333\">{percent}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A share as a whole percentage without a space: "78%".</summary>
    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100):0}%");

    // A long heading path keeps its end, where the specific topic is.
    private static string Shorten(string label) => label.Length <= LongestLabel ? label : "…" + label[^(LongestLabel - 1)..];

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
