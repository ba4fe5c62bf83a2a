using System.Text;

namespace Viva.Core.Text;

/// <summary>
/// LaTeX maths as plain Unicode text, for places that cannot typeset it (a terminal, a snippet):
/// <c>\sigma^2_{\text{noise}}</c> reads σ²ₙₒᵢₛₑ and <c>\frac{a}{b+c}</c> reads a/(b+c). Superscripts and subscripts
/// use Unicode's script letters where every character has one and fall back to <c>^(…)</c>; accents become combining
/// marks; sizing commands are dropped; an unknown command keeps its name. None of these methods throws on any input.
/// </summary>
public static class LatexText
{
    /// <summary>One maths expression, without its delimiters, as Unicode text; rows of a multi-line display are separate lines.</summary>
    public static string ToUnicode(string latex)
    {
        ArgumentNullException.ThrowIfNull(latex);
        return LatexConverter.Convert(latex);
    }

    /// <summary>
    /// <paramref name="text"/> with every delimited expression (<c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c>, <c>\[…\]</c>)
    /// replaced by its Unicode text on one line. A <c>$</c> that does not delimit maths (a price, an unmatched one) stays.
    /// </summary>
    public static string Render(string text) =>
        Render(text, plain => plain, (latex, _) => ToUnicode(latex).Replace("\n", "; ", StringComparison.Ordinal));

    /// <summary>
    /// <paramref name="text"/> cut into plain runs and delimited expressions, each passed through its own function
    /// (for HTML: escape the plain text, wrap the maths for a typesetter).
    /// </summary>
    /// <param name="text">Text that may hold maths.</param>
    /// <param name="plain">Turns a run of plain text into output.</param>
    /// <param name="maths">Turns an expression, without its delimiters, into output; true for display maths.</param>
    public static string Render(string text, Func<string, string> plain, Func<string, bool, string> maths)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(maths);
        var output = new StringBuilder(text.Length);
        var position = 0;
        while (MathSpan.Next(text, position) is { } span)
        {
            output.Append(plain(text[position..span.Start]));
            output.Append(maths(text[span.BodyStart..span.BodyEnd], span.Display));
            position = span.End;
        }

        return output.Append(plain(text[position..])).ToString();
    }

    /// <summary>
    /// Markdown with <c>\(…\)</c> and <c>\[…\]</c> rewritten as <c>$…$</c> and <c>$$…$$</c>, so that a Markdown parser that
    /// knows dollar maths keeps the expression whole (otherwise <c>\(</c> is an escaped parenthesis and <c>_</c> emphasis).
    /// Code blocks and code spans are left alone.
    /// </summary>
    public static string DollarDelimiters(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!markdown.Contains("\\(", StringComparison.Ordinal) && !markdown.Contains("\\[", StringComparison.Ordinal))
        {
            return markdown;
        }

        var output = new StringBuilder(markdown.Length);
        var fence = "";
        foreach (var line in markdown.Split('\n'))
        {
            if (output.Length > 0)
            {
                output.Append('\n');
            }

            var trimmed = line.TrimStart();
            var marker = trimmed.StartsWith("```", StringComparison.Ordinal) ? "```" : trimmed.StartsWith("~~~", StringComparison.Ordinal) ? "~~~" : "";
            if (fence.Length > 0 || marker.Length > 0)
            {
                fence = fence.Length == 0 ? marker : marker == fence ? "" : fence;
                output.Append(line);
                continue;
            }

            output.Append(RewriteLine(line));
        }

        return output.ToString();
    }

    private static string RewriteLine(string line)
    {
        var output = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '`')
            {
                // A code span runs to the next run of as many backticks.
                var ticks = 0;
                while (i + ticks < line.Length && line[i + ticks] == '`')
                {
                    ticks++;
                }

                var close = line.IndexOf(new string('`', ticks), i + ticks, StringComparison.Ordinal);
                var end = close < 0 ? i + ticks : close + ticks;
                output.Append(line, i, end - i);
                i = end;
                continue;
            }

            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '(' or '[')
            {
                var display = line[i + 1] == '[';
                var closing = line.IndexOf(display ? "\\]" : "\\)", i + 2, StringComparison.Ordinal);
                if (closing > i + 2)
                {
                    var dollars = display ? "$$" : "$";
                    output.Append(dollars).Append(line.AsSpan(i + 2, closing - i - 2).Trim()).Append(dollars);
                    i = closing + 2;
                    continue;
                }
            }

            output.Append(line[i]);
            i++;
        }

        return output.ToString();
    }
}
