namespace Viva.Core.Text;

/// <summary>Where one delimited maths expression lies in a text: the whole span, its body inside the delimiters, and whether it is display maths.</summary>
internal readonly record struct MathSpan(int Start, int BodyStart, int BodyEnd, int End, bool Display)
{
    /// <summary>
    /// The first expression at or after <paramref name="from"/>, or null. A single <c>$</c> opens only before a
    /// non-space and closes only after a non-space and not before a digit, so "$5 and $10" is not maths.
    /// </summary>
    public static MathSpan? Next(string text, int from)
    {
        for (var i = from; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (text[i + 1] is '(' or '[' && Closing(text, i + 2, text[i + 1] == '(' ? "\\)" : "\\]") is var end and > 0)
                {
                    return new MathSpan(i, i + 2, end, end + 2, text[i + 1] == '[');
                }

                i++; // an escaped character, \$ included, is never a delimiter
                continue;
            }

            if (c != '$')
            {
                continue;
            }

            if (text[i + 1] == '$')
            {
                if (Closing(text, i + 2, "$$") is var end and > 0)
                {
                    return new MathSpan(i, i + 2, end, end + 2, Display: true);
                }

                i++;
                continue;
            }

            if (!char.IsWhiteSpace(text[i + 1]) && InlineClosing(text, i + 1) is var close and > 0)
            {
                return new MathSpan(i, i + 1, close, close + 1, Display: false);
            }
        }

        return null;
    }

    private static int Closing(string text, int from, string delimiter)
    {
        var end = text.IndexOf(delimiter, from, StringComparison.Ordinal);
        return end > from && text.AsSpan(from, end - from).Trim().Length > 0 ? end : -1;
    }

    private static int InlineClosing(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '\n' when i + 1 < text.Length && text[i + 1] == '\n':
                    return -1; // maths never runs across a paragraph break
                case '$':
                    var closes = !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]));
                    return closes && i > from ? i : -1;
            }
        }

        return -1;
    }
}
