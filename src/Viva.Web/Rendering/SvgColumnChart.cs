using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Viva.Web.Rendering;

/// <summary>
/// Draws a column chart as inline SVG on the server: no script, no chart library, and nothing for the
/// content-security policy to allow (colours are presentation attributes, not inline styles).
/// </summary>
public static class SvgColumnChart
{
    private const int Width = 600;
    private const int Height = 160;
    private const int Top = 14;
    private const int Bottom = 20;
    private const int Left = 30;

    /// <summary>An SVG chart of <paramref name="points"/>; a null value leaves a gap.</summary>
    /// <param name="title">Read out by screen readers.</param>
    /// <param name="points">Label and value of each column, left to right.</param>
    /// <param name="colour">Fill colour of the columns.</param>
    /// <param name="maximum">Top of the scale; null for the largest value.</param>
    /// <param name="format">Formats a value for the tooltip and the scale.</param>
    /// <param name="target">A value drawn as a dashed line across the chart (e.g. the retention aimed for); null for none.</param>
    public static string Render(string title, IReadOnlyList<(string Label, double? Value)> points, string colour, double? maximum = null, Func<double, string>? format = null,
        double? target = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        format ??= v => v.ToString("0.##", CultureInfo.InvariantCulture);
        var top = maximum ?? Math.Max(1, points.Max(p => p.Value ?? 0));
        var plot = Height - Top - Bottom;
        var step = (Width - Left) / (double)Math.Max(1, points.Count);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Encode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">"))
            .Append(Invariant($"<title>{Encode(title)}</title>"));
        svg.Append(Invariant($"<text x=\"0\" y=\"{Top + 4}\" font-size=\"10\" fill=\"#666\">{Encode(format(top))}</text>"));
        svg.Append(Invariant($"<text x=\"0\" y=\"{Height - Bottom}\" font-size=\"10\" fill=\"#666\">0</text>"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\" stroke=\"#bbb\"/>"));
        for (var i = 0; i < points.Count; i++)
        {
            var (label, value) = points[i];
            var x = Left + (i * step) + 1;
            if (value is { } v)
            {
                var h = Math.Max(v > 0 ? 1 : 0, plot * Math.Min(v, top) / top);
                svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{Height - Bottom - h:0.#}\" width=\"{Math.Max(1, step - 2):0.#}\" height=\"{h:0.#}\" fill=\"{colour}\">"))
                    .Append(Invariant($"<title>{Encode(label)}: {Encode(format(v))}</title></rect>"));
            }

            // Label every fifth column so thirty days stay legible.
            if (i % 5 == 0)
            {
                svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{Height - 5}\" font-size=\"10\" fill=\"#666\">{Encode(label)}</text>"));
            }
        }

        if (target is { } line && line <= top)
        {
            var y = Height - Bottom - (plot * line / top);
            svg.Append(Invariant($"<line class=\"target\" x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width}\" y2=\"{y:0.#}\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\">"))
                .Append(Invariant($"<title>Target: {Encode(format(line))}</title></line>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
