using System.Text;
using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Turns the Markdown of a reference answer or key point into plain prose for grading: emphasis,
/// inline code, links, HTML and table rules go; TeX maths becomes words (<c>$\lambda$</c> → "lambda");
/// fenced code blocks are dropped, because a spoken answer does not recite code. Blocks (paragraphs,
/// list items, table rows, headings) end up on lines of their own.
/// </summary>
public static partial class PlainText
{
    // TeX commands that name something a learner would say; every other command is layout.
    private static readonly Dictionary<string, string> Spoken = BuildSpoken();

    /// <summary>Plain text of <paramref name="markdown"/>, one block per line.</summary>
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = FencedCode().Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n");
        text = HtmlComment().Replace(text, " ");
        text = Maths().Replace(text, m => " " + TexToWords(m.Groups["tex"].Value) + " ");
        text = Blocks(text);
        text = HtmlTag().Replace(text, " ");
        text = Image().Replace(text, "${alt}");
        text = Link().Replace(text, "${text}");
        text = text.Replace('`', ' ');
        return Emphasis().Replace(text, " ");
    }

    /// <summary>The words of a TeX fragment: <c>\frac{\partial L}{\partial w}</c> → "partial L partial w".</summary>
    public static string TexToWords(string tex)
    {
        ArgumentNullException.ThrowIfNull(tex);
        var words = TexCommand().Replace(tex, m => " " + Spoken.GetValueOrDefault(m.Groups["name"].Value, string.Empty) + " ");
        return TexSymbols().Replace(words, " ");
    }

    private static Dictionary<string, string> BuildSpoken()
    {
        var spoken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[]
        {
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
            "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega", "sum", "prod", "log", "ln", "exp", "max", "min",
            "argmax", "argmin", "sqrt", "partial", "det", "sin", "cos", "tanh",
        })
        {
            spoken[name] = name;
            spoken[char.ToUpperInvariant(name[0]) + name[1..]] = name;
        }

        spoken["varepsilon"] = "epsilon";
        spoken["varphi"] = "phi";
        spoken["nabla"] = "gradient";
        spoken["infty"] = "infinity";
        return spoken;
    }

    private static string Blocks(string text)
    {
        var builder = new StringBuilder(text.Length);
        var open = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || TableRule().IsMatch(line))
            {
                open = false;
                continue;
            }

            var marker = BlockStart().Match(line);
            var startsBlock = marker.Success || line.StartsWith('|');
            if (marker.Success)
            {
                line = line[marker.Length..];
            }

            if (line.StartsWith('|'))
            {
                // A table row reads as one block, its cells separated.
                line = line.Trim('|').Replace("|", " ; ", StringComparison.Ordinal);
            }

            if (builder.Length > 0)
            {
                builder.Append(open && !startsBlock ? ' ' : '\n');
            }

            builder.Append(line.Trim());
            open = true;
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[ \t]*(```|~~~)[^\n]*\n.*?(^[ \t]*\1[^\n]*$|\z)", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"</?[A-Za-z][^<>\n]{0,200}>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\$\$(?<tex>.+?)\$\$|\$(?<tex>[^$\n]+?)\$", RegexOptions.Singleline)]
    private static partial Regex Maths();

    [GeneratedRegex(@"!\[(?<alt>[^\]\n]*)\]\([^)\n]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]\n]*)\]\([^)\n]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*{1,3}|(?<![A-Za-z0-9])_{1,3}|_{1,3}(?![A-Za-z0-9])|~~")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\(?<name>[A-Za-z]+)|\\.")]
    private static partial Regex TexCommand();

    [GeneratedRegex(@"[{}^_&]")]
    private static partial Regex TexSymbols();

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^(#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex BlockStart();
}
