using System.Text;
using Spectre.Console;

namespace Viva.Cli.Output;

/// <summary>A compact column chart for a terminal: one column per day, eighth-block resolution, first and last dates under it.</summary>
public static class ColumnChart
{
    private const string Eighths = " ▁▂▃▄▅▆▇█";

    /// <summary>Writes the chart; <paramref name="height"/> rows of bars.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<(string Label, int Value)> columns, string colour, int height = 5)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            return;
        }

        var max = Math.Max(1, columns.Max(c => c.Value));
        var width = max.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var row = height - 1; row >= 0; row--)
        {
            var line = new StringBuilder();
            foreach (var (_, value) in columns)
            {
                // Eighths of a row this column fills above the rows below; any non-zero value shows at least a sliver.
                var eighths = (int)Math.Round(value * 8.0 * height / max) - row * 8;
                eighths = value > 0 && row == 0 ? Math.Max(eighths, 1) : eighths;
                var c = Eighths[Math.Clamp(eighths, 0, 8)];
                line.Append(c).Append(c);
            }

            var axis = row == height - 1 ? $"{max}".PadLeft(width) : row == 0 ? "0".PadLeft(width) : new string(' ', width);
            console.MarkupLine($"[grey]{axis} │[/][{colour}]{line}[/]");
        }

        var first = columns[0].Label;
        var last = columns[^1].Label;
        var gap = Math.Max(1, columns.Count * 2 - first.Length - last.Length);
        console.MarkupLine($"[grey]{new string(' ', width)} └{Markup.Escape(first)}{new string(' ', gap)}{Markup.Escape(last)}[/]");
    }
}
