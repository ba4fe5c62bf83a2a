using System.Globalization;
using System.Text;

namespace Viva.Core.Import.Anki;

/// <summary>
/// Anki's cloze deletions, <c>{{c1::text}}</c> or <c>{{c1::text::hint}}</c>: each number is one card, which hides the
/// deletions of its number and shows the others filled in. Deletions may nest (<c>{{c1::a {{c2::b}} c}}</c>): card 1 hides
/// the whole outer deletion, card 2 only the inner one. An opening without its closing braces is plain text.
/// </summary>
public static class AnkiCloze
{
    /// <summary>What a hidden deletion shows.</summary>
    public const string Blank = "[…]";

    // Deeper nesting than this is read as plain text, so a crafted field cannot exhaust the stack.
    private const int MaxDepth = 32;

    /// <summary>The cloze numbers used in <paramref name="text"/>, ascending.</summary>
    public static IReadOnlyList<int> Numbers(string text)
    {
        var numbers = new SortedSet<int>();
        Collect(Parse(text), numbers);
        return [.. numbers];
    }

    /// <summary>The card for <paramref name="number"/>: its deletions blanked (with the hint, if any), the others filled in.</summary>
    public static string Question(string text, int number) => Render(Parse(text), number);

    /// <summary>Every deletion filled in.</summary>
    public static string Answer(string text) => Render(Parse(text), number: null);

    private static void Collect(List<Part> parts, SortedSet<int> numbers)
    {
        foreach (var deletion in parts.OfType<Deletion>())
        {
            numbers.Add(deletion.Number);
            Collect(deletion.Content, numbers);
        }
    }

    private static string Render(List<Part> parts, int? number)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part switch
            {
                Deletion d when d.Number == number => d.Hint is null ? Blank : $"[{d.Hint}]",
                Deletion d => Render(d.Content, number),
                Literal l => l.Text,
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    // One pass with a stack of open deletions: "}}" closes the innermost, "::" inside one starts its hint, and whatever is
    // still open at the end is put back as the text it was.
    private static List<Part> Parse(string? text)
    {
        text ??= string.Empty;
        var root = new List<Part>();
        var open = new Stack<Frame>();
        var literal = new StringBuilder();
        List<Part> Current() => open.Count > 0 ? open.Peek().Content : root;
        void Flush()
        {
            if (literal.Length == 0)
            {
                return;
            }

            if (open.Count > 0 && open.Peek().Hint is { } hint)
            {
                hint.Append(literal);
            }
            else
            {
                Current().Add(new Literal(literal.ToString()));
            }

            literal.Clear();
        }

        var i = 0;
        while (i < text.Length)
        {
            if (open.Count < MaxDepth && Opening(text, i) is { } opening)
            {
                Flush();
                open.Push(new Frame(opening.Number, text.Substring(i, opening.Length)));
                i += opening.Length;
            }
            else if (open.Count > 0 && At(text, i, "}}"))
            {
                Flush();
                var frame = open.Pop();
                Current().Add(new Deletion(frame.Number, frame.Content, frame.Hint?.ToString()));
                i += 2;
            }
            else if (open.Count > 0 && open.Peek().Hint is null && At(text, i, "::"))
            {
                Flush();
                open.Peek().Hint = new StringBuilder();
                i += 2;
            }
            else
            {
                literal.Append(text[i]);
                i++;
            }
        }

        Flush();
        while (open.Count > 0)
        {
            var frame = open.Pop();
            var parent = Current();
            parent.Add(new Literal(frame.Opening));
            parent.AddRange(frame.Content);
            if (frame.Hint is { } hint)
            {
                parent.Add(new Literal("::" + hint));
            }
        }

        return root;
    }

    // "{{c12::" at index: its number and length.
    private static (int Number, int Length)? Opening(string text, int index)
    {
        if (!At(text, index, "{{c") && !At(text, index, "{{C"))
        {
            return null;
        }

        var digits = index + 3;
        var end = digits;
        while (end < text.Length && end - digits < 4 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == digits || !At(text, end, "::"))
        {
            return null;
        }

        var number = int.Parse(text.AsSpan(digits, end - digits), NumberStyles.None, CultureInfo.InvariantCulture);
        return number > 0 ? (number, end + 2 - index) : null;
    }

    private static bool At(string text, int index, string token) =>
        index + token.Length <= text.Length && text.AsSpan(index, token.Length).SequenceEqual(token);

    private abstract record Part;

    private sealed record Literal(string Text) : Part;

    private sealed record Deletion(int Number, List<Part> Content, string? Hint) : Part;

    private sealed class Frame(int number, string opening)
    {
        public int Number { get; } = number;

        public string Opening { get; } = opening;

        public List<Part> Content { get; } = [];

        public StringBuilder? Hint { get; set; }
    }
}
