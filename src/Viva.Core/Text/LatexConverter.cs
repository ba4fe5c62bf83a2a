using System.Globalization;
using System.Text;

namespace Viva.Core.Text;

/// <summary>
/// Turns one LaTeX maths expression into plain Unicode text by recursive descent: groups, scripts, control words
/// and their arguments. Anything it does not know is kept readable (the command's name without its backslash).
/// </summary>
internal sealed partial class LatexConverter
{
    // Deeper nesting than this is not maths anyone typed; the rest is then copied without its markup.
    private const int MaxDepth = 48;

    private readonly string _source;
    private readonly Stack<string> _environments = new();
    private int _position;
    private int _depth;

    private LatexConverter(string source) => _source = source;

    /// <summary>The Unicode text for <paramref name="latex"/>; rows of a multi-line expression are separated by newlines.</summary>
    public static string Convert(string latex) => Tidy(new LatexConverter(latex).Sequence(close: null, textMode: false));

    private bool AtEnd => _position >= _source.Length;

    private char Peek => AtEnd ? '\0' : _source[_position];

    private string Sequence(char? close, bool textMode)
    {
        var output = new StringBuilder();
        if (++_depth > MaxDepth)
        {
            output.Append(SkipRaw(close));
            _depth--;
            return output.ToString();
        }

        while (!AtEnd)
        {
            var c = _source[_position];
            if (c == close)
            {
                _position++;
                break;
            }

            switch (c)
            {
                case '{':
                    _position++;
                    output.Append(Sequence('}', textMode));
                    break;
                case '}':
                    _position++; // a stray closing brace carries no meaning of its own
                    break;
                case '\\':
                    if (!textMode && LatexSymbols.Functions.Contains(PeekWord()) && output.Length > 0 && (char.IsLetterOrDigit(output[^1]) || output[^1] == ')'))
                    {
                        output.Append(' '); // y\log p reads "y log p"
                    }

                    output.Append(Command(textMode));
                    break;
                case '$' when textMode:
                    _position++;
                    output.Append(Sequence('$', textMode: false));
                    break;
                case '^' or '_' when !textMode:
                    _position++;
                    TrimEndSpaces(output);
                    var argument = ReadArgument();
                    output.Append(Script(argument, up: c == '^'));
                    if (argument.EndsWith(' ') && !char.IsLetterOrDigit(Peek))
                    {
                        output.Append(' '); // F_\beta = 1 keeps the space a control word swallowed
                    }

                    break;
                case '&' when !textMode:
                    _position++;
                    output.Append(' ');
                    break;
                case '~':
                    _position++;
                    output.Append(' ');
                    break;
                case '\'' when !textMode:
                    _position++;
                    output.Append('′');
                    break;
                case var space when char.IsWhiteSpace(space):
                    SkipSpaces();
                    output.Append(' ');
                    break;
                default:
                    _position++;
                    output.Append(c);
                    break;
            }
        }

        _depth--;
        return output.ToString();
    }

    /// <summary>The next argument, rendered: a braced group, a control word or one character.</summary>
    private string ReadArgument()
    {
        SkipSpaces();
        if (AtEnd || Peek == '}')
        {
            return "";
        }

        switch (Peek)
        {
            case '{':
                _position++;
                return Sequence('}', textMode: false);
            case '\\':
                return Command(textMode: false);
            default:
                var start = _position;
                _position += char.IsHighSurrogate(Peek) && _position + 1 < _source.Length ? 2 : 1;
                var one = _source[start.._position];
                return one == "'" ? "′" : one;
        }
    }

    /// <summary>The next argument in text mode (<c>\text{...}</c>): spaces kept, <c>$...$</c> inside rendered as maths.</summary>
    private string ReadTextArgument()
    {
        SkipSpaces();
        if (Peek != '{')
        {
            return ReadArgument();
        }

        _position++;
        return Sequence('}', textMode: true);
    }

    /// <summary>An optional <c>[...]</c> argument, raw, or null when there is none.</summary>
    private string? ReadOptional()
    {
        SkipSpaces();
        if (Peek != '[')
        {
            return null;
        }

        var end = _source.IndexOf(']', _position);
        if (end < 0)
        {
            end = _source.Length; // unclosed: the rest is the option
        }

        var value = _source[(_position + 1)..end];
        _position = Math.Min(end + 1, _source.Length);
        return value;
    }

    /// <summary>The raw letters of a <c>{name}</c> argument, as <c>\begin</c> takes them.</summary>
    private string ReadName()
    {
        SkipSpaces();
        if (Peek != '{')
        {
            return "";
        }

        var end = _source.IndexOf('}', _position);
        if (end < 0)
        {
            _position = _source.Length;
            return "";
        }

        var name = _source[(_position + 1)..end].Trim();
        _position = end + 1;
        return name;
    }

    private string SkipRaw(char? close)
    {
        var raw = new StringBuilder();
        var open = 0;
        while (!AtEnd)
        {
            var c = _source[_position++];
            if (c == '{')
            {
                open++;
            }
            else if (c == '}' && open > 0)
            {
                open--;
            }
            else if (c == close && open == 0)
            {
                break;
            }
            else if (c is not ('\\' or '{' or '}'))
            {
                raw.Append(c);
            }
        }

        return raw.ToString();
    }

    /// <summary>The control word at the cursor without its backslash, or "" when there is none.</summary>
    private string PeekWord()
    {
        var end = _position + 1;
        while (end < _source.Length && char.IsAsciiLetter(_source[end]))
        {
            end++;
        }

        return _source[Math.Min(_position + 1, _source.Length)..end];
    }

    private bool SkipSpaces()
    {
        var start = _position;
        while (!AtEnd && char.IsWhiteSpace(Peek))
        {
            _position++;
        }

        return _position > start;
    }

    private static void TrimEndSpaces(StringBuilder output)
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
        }
    }

    /// <summary>A superscript or subscript: Unicode script letters where every character has one, else ^x or ^(...).</summary>
    private static string Script(string argument, bool up)
    {
        var compact = argument.Replace(" ", "", StringComparison.Ordinal);
        if ((up ? UnicodeScripts.Superscript(compact) : UnicodeScripts.Subscript(compact)) is { } mapped)
        {
            return mapped;
        }

        // A plain script (∇_θ L) needs the space after it, or the next letter would read as part of it.
        var mark = up ? "^" : "_";
        var after = argument.EndsWith(' ') ? " " : "";
        return compact.Length == 0 ? "" : new StringInfo(compact).LengthInTextElements == 1 || IsEnclosed(compact) ? mark + compact + after : $"{mark}({argument.Trim()}){after}";
    }

    /// <summary><paramref name="text"/>, in parentheses unless it reads as one unit.</summary>
    private static string Wrap(string text)
    {
        text = text.Trim();
        return text.Length == 0 || IsUnit(text) ? text : $"({text})";
    }

    /// <summary>A name, a number, a bracketed group, or a name applied to one (<c>P(B)</c>).</summary>
    private static bool IsUnit(string text)
    {
        if (IsAtom(text) || IsEnclosed(text))
        {
            return true;
        }

        var open = text.IndexOfAny(['(', '[']);
        return open > 0 && IsAtom(text[..open]) && IsEnclosed(text[open..]);
    }

    private static bool IsAtom(string text) => text.Length > 0 && text.All(c => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate => true,
        _ => c is '.' or '′' or '%',
    });

    private static bool IsEnclosed(string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var (open, close) = (text[0], text[^1]);
        if (open == close && open is '|' or '‖')
        {
            return text.AsSpan(1, text.Length - 2).IndexOf(open) < 0;
        }

        if ((open, close) is not (('(', ')') or ('[', ']') or ('⟨', '⟩')))
        {
            return false;
        }

        // "(a)+(b)" starts and ends with parentheses but is not one group: the first must close at the very end.
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == open ? 1 : text[i] == close ? -1 : 0;
            if (depth == 0 && i < text.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Spaces collapsed, lines trimmed, no empty lines.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(line => InnerSpaces().Replace(MultipleSpaces().Replace(line, " "), "$1$2").Trim()).Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    // No space just inside brackets or before a separator: "( a b ; c d )" reads "(a b; c d)".
    [System.Text.RegularExpressions.GeneratedRegex(@"([(\[{⟨⌊⌈]) | ([)\]}⟩⌋⌉;,])")]
    private static partial System.Text.RegularExpressions.Regex InnerSpaces();

    [System.Text.RegularExpressions.GeneratedRegex(" {2,}")]
    private static partial System.Text.RegularExpressions.Regex MultipleSpaces();
}
