using System.Globalization;
using System.Text;

namespace Viva.Core.Text;

/// <summary>The control words and symbols: what each becomes and which arguments it takes.</summary>
internal sealed partial class LatexConverter
{
    private static readonly Dictionary<string, (string Open, string Close)> EnvironmentFences = new(StringComparer.Ordinal)
    {
        ["pmatrix"] = ("(", ")"),
        ["bmatrix"] = ("[", "]"),
        ["Bmatrix"] = ("{", "}"),
        ["vmatrix"] = ("|", "|"),
        ["Vmatrix"] = ("‖", "‖"),
        ["matrix"] = ("", ""),
        ["smallmatrix"] = ("", ""),
        ["cases"] = ("{ ", ""),
        ["array"] = ("", ""),
        ["subarray"] = ("", ""),
    };

    /// <summary>Reads the command at the backslash under the cursor and returns what it renders to.</summary>
    private string Command(bool textMode)
    {
        _position++;
        if (AtEnd)
        {
            return "";
        }

        if (!char.IsAsciiLetter(Peek))
        {
            var symbol = _source[_position++];
            if (symbol == '\\')
            {
                ReadOptional(); // \\[2pt]: the spacing is meaningless here
                return InRows ? "; " : "\n";
            }

            return LatexSymbols.Escapes.TryGetValue(symbol, out var escaped) ? escaped : symbol.ToString();
        }

        var start = _position;
        while (!AtEnd && char.IsAsciiLetter(Peek))
        {
            _position++;
        }

        var name = _source[start.._position];
        if (name == "operatorname" && Peek == '*')
        {
            _position++;
        }

        // An operator or relation (·, ≤) gets the space after it only when the source had one before it too.
        var spacedBefore = start >= 2 && char.IsWhiteSpace(_source[start - 2]);
        var spaced = SkipSpaces();
        if (LatexSymbols.Words.TryGetValue(name, out var sign) && !char.IsLetter(sign, 0) && !"∑∏∐∫∬∮⋃⋂⨁⨂∂∇∞ℓ⌋⌉⟩".Contains(sign, StringComparison.Ordinal) && name is not ("rVert" or "rvert"))
        {
            return sign + (spaced && spacedBefore ? SpaceBeforeWord(spaced) : "");
        }

        return textMode && LatexSymbols.TextCommands.Contains(name) ? ReadTextArgument() : Word(name, spaced);
    }

    private bool InRows => _environments.Count > 0 && EnvironmentFences.ContainsKey(_environments.Peek());

    private string Word(string name, bool spaced)
    {
        if (LatexSymbols.Words.TryGetValue(name, out var symbol))
        {
            return symbol + SpaceBeforeWord(spaced);
        }

        if (LatexSymbols.Functions.Contains(name))
        {
            return name + SpaceAfterFunction();
        }

        if (LatexSymbols.Accents.TryGetValue(name, out var mark))
        {
            return WithMark(ReadArgument(), mark);
        }

        if (LatexSymbols.TextCommands.Contains(name))
        {
            return ReadTextArgument();
        }

        if (LatexSymbols.FontCommands.Contains(name))
        {
            var argument = ReadArgument();
            return name.StartsWith("operatorname", StringComparison.Ordinal) ? argument + SpaceAfterFunction() : argument;
        }

        if (LatexSymbols.Ignored.Contains(name))
        {
            if (name is "left" or "right" or "middle" or "bigl" or "bigr" && Peek == '.')
            {
                _position++; // \left. is an invisible delimiter
            }
            else if (name is "label" or "tag" or "phantom" or "hphantom" or "vphantom")
            {
                ReadArgument();
            }

            return "";
        }

        return Structure(name, spaced);
    }

    /// <summary>Commands with arguments that change their shape: fractions, roots, fonts, environments.</summary>
    private string Structure(string name, bool spaced)
    {
        switch (name)
        {
            case "frac" or "tfrac" or "dfrac" or "cfrac":
                var numerator = ReadArgument();
                var fraction = Wrap(numerator) + "/" + Wrap(ReadArgument());
                SkipSpaces();
                return fraction + (!AtEnd && (char.IsLetterOrDigit(Peek) || Peek is '\\' or '(') ? " " : ""); // ½x reads "1/2 x"
            case "binom" or "tbinom" or "dbinom":
                var n = ReadArgument();
                return $"C({n.Trim()}, {ReadArgument().Trim()})";
            case "sqrt":
                var index = ReadOptional();
                var radicand = Wrap(ReadArgument());
                return index?.Trim() switch
                {
                    null or "" or "2" => "√" + radicand,
                    "3" => "∛" + radicand,
                    "4" => "∜" + radicand,
                    var other => Script(Convert(other), up: true) + "√" + radicand,
                };
            case "mathbb" or "mathds" or "bbm":
                return string.Concat(ReadArgument().Select(LatexSymbols.DoubleStruck));
            case "mathcal" or "mathscr":
                return string.Concat(ReadArgument().Select(LatexSymbols.Script));
            case "underbrace" or "overbrace" or "underset" or "overset" or "stackrel":
                return Stacked(name);
            case "textcolor" or "colorbox":
                ReadArgument();
                return ReadArgument();
            case "pmod":
                return $" (mod {ReadArgument().Trim()})";
            case "not":
                var negated = ReadArgument();
                return negated switch { "=" => "≠", "∈" => "∉", "<" => "≮", ">" => "≯", "≤" => "≰", "≥" => "≱", _ => negated + "\u0338" };
            case "begin":
                return Begin();
            case "end":
                return End();
            case "hline" or "cline" or "hfill" or "vspace" or "hspace" or "kern" or "mkern" or "mskip" or "hskip":
                if (Peek == '{')
                {
                    ReadArgument();
                }

                return " ";
            default:
                // Unknown: the name stays, readable, and a braced argument reads as a call.
                if (Peek == '{')
                {
                    return $"{name}({ReadArgument().Trim()})";
                }

                return name + SpaceBeforeWord(spaced);
        }
    }

    private string Stacked(string name)
    {
        if (name is "underset" or "overset" or "stackrel")
        {
            var label = ReadArgument();
            return ReadArgument() + Script(label, up: name != "underset");
        }

        var body = ReadArgument();
        SkipSpaces();
        if (Peek == (name == "underbrace" ? '_' : '^'))
        {
            _position++;
            var note = ReadArgument().Trim();
            return note.Length == 0 ? body : $"{body} ({note})";
        }

        return body;
    }

    private string Begin()
    {
        var environment = ReadName();
        _environments.Push(environment);
        if (environment is "array" or "subarray" && Peek == '{')
        {
            ReadName(); // the column specification
        }

        return EnvironmentFences.TryGetValue(environment, out var fence) ? fence.Open : "";
    }

    private string End()
    {
        var environment = ReadName();
        if (_environments.Count > 0)
        {
            _environments.Pop();
        }

        return EnvironmentFences.TryGetValue(environment, out var fence) ? fence.Close : "";
    }

    /// <summary>
    /// The space the source had after a control word (<c>\alpha + \beta</c>), unless a script, a closing brace or
    /// the end follows; after a function name, a space whenever a letter follows (<c>\log p</c>).
    /// </summary>
    private string SpaceBeforeWord(bool spaced) => spaced ? (AtEnd || Peek is '^' or '_' or '}' ? "" : " ") : WordFollows() ? " " : "";

    private string SpaceAfterFunction() => WordFollows() ? " " : "";

    private bool WordFollows()
    {
        if (AtEnd || Peek is '^' or '_')
        {
            return false;
        }

        if (char.IsLetterOrDigit(Peek))
        {
            return true;
        }

        if (Peek != '\\')
        {
            return false;
        }

        var next = PeekWord();
        return next.Length > 0 && !LatexSymbols.Ignored.Contains(next) && next is not ("lVert" or "lvert" or "langle" or "lfloor" or "lceil" or "mathopen");
    }

    /// <summary>The combining accent after every letter or digit of <paramref name="text"/> (not after script letters).</summary>
    private static string WithMark(string text, char mark)
    {
        var marked = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            marked.Append(c);
            if (char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber)
            {
                marked.Append(mark);
            }
        }

        return marked.ToString();
    }
}
