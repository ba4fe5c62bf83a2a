using System.Text.RegularExpressions;

namespace Viva.Core.Import;

/// <summary>Recognises and cleans question text, whatever marks a document puts around it.</summary>
public static partial class QuestionText
{
    private static readonly HashSet<string> OpeningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "what's", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose",
        "is", "are", "can", "could", "do", "does", "did", "should", "would", "will", "was", "were", "has", "have",
        "explain", "describe", "define", "compare", "contrast", "differentiate", "distinguish", "list", "name",
        "give", "mention", "discuss", "derive", "write", "implement", "state", "suppose", "given", "imagine",
        "design", "walk", "tell", "pick", "briefly", "please", "identify", "outline", "summarize", "summarise",
        "illustrate", "prove", "calculate", "compute", "estimate", "find", "elaborate", "provide", "difference",
        "differences", "advantages", "disadvantages", "benefits", "usecases", "applications",
        "say", "assume", "consider", "build", "create", "draw", "sketch", "solve", "propose", "recommend",
    };

    // "versus" holds "vs"'s letters but not together, so both are looked for (in any case).
    private static readonly System.Buffers.SearchValues<string> Versus =
        System.Buffers.SearchValues.Create(["vs", "versus"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> reads as a question or an interview prompt.</summary>
    public static bool IsQuestionLike(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }

        // A lone word ("Pros", "Explain") is a label, not a prompt.
        var first = FirstWord(trimmed);
        return (first.Length > 0 && trimmed.Length > first.Length + 2 && OpeningWordLookup.Contains(first))
            || (trimmed.AsSpan().IndexOfAny(Versus) >= 0 && VersusPattern().IsMatch(trimmed));
    }

    /// <summary>Removes numbering (<c>12.</c>, <c>Q3:</c>, <c>1)</c>) from the start of a question.</summary>
    public static string StripNumbering(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty || !(char.IsAsciiDigit(trimmed[0]) || trimmed[0] is 'q' or 'Q' or '#'))
        {
            return text.Trim();
        }

        return Numbering().Replace(text, string.Empty, 1).Trim();
    }

    // Whitespace other than the plain space: any of it, anywhere, needs collapsing (a run of spaces is found as "  ").
    private static readonly System.Buffers.SearchValues<char> OtherWhitespace = System.Buffers.SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Collapses whitespace and trims a line of question text.</summary>
    public static string Tidy(string text)
    {
        var trimmed = text.AsSpan().Trim();

        // The first character that needs collapsing: whitespace other than a space, or a space followed by more
        // whitespace; both are found in vectorised passes, and most lines have neither.
        var other = trimmed.IndexOfAny(OtherWhitespace);
        var doubled = (other < 0 ? trimmed : trimmed[..other]).IndexOf("  ", StringComparison.Ordinal);
        var from = doubled >= 0 ? doubled : other;
        if (from >= 0)
        {
            // A space just before other whitespace starts the run.
            return Collapse(trimmed, from > 0 && trimmed[from - 1] == ' ' ? from - 1 : from);
        }

        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>
    /// <paramref name="trimmed"/> with each run of whitespace made one space, in one pass; <paramref name="from"/> is where
    /// the first run that needs it starts (what comes before is copied as it is).
    /// </summary>
    private static string Collapse(ReadOnlySpan<char> trimmed, int from)
    {
        var buffer = trimmed.Length <= 512 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        trimmed[..from].CopyTo(buffer);
        var length = from;
        var inRun = false;
        for (var i = from; i < trimmed.Length; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]))
            {
                if (!inRun)
                {
                    buffer[length++] = ' ';
                    inRun = true;
                }
            }
            else
            {
                buffer[length++] = trimmed[i];
                inRun = false;
            }
        }

        return buffer[..length].ToString();
    }

    /// <summary>Matches a label such as <c>Question:</c>, <c>Q:</c> or <c>Q12.</c> and returns the rest.</summary>
    public static bool TryStripQuestionLabel(string text, out string rest)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] is not ('q' or 'Q'))
        {
            rest = text;
            return false;
        }

        var match = QuestionLabel().Match(text);
        rest = match.Success ? text[match.Length..].Trim() : text;
        return match.Success;
    }

    /// <summary>Matches a label such as <c>Answer:</c>, <c>Ans.</c> or <c>A:</c> and returns the rest.</summary>
    public static bool TryStripAnswerLabel(string text, out string rest)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] is not ('a' or 'A' or 's' or 'S'))
        {
            rest = text;
            return false;
        }

        var match = AnswerLabel().Match(text);
        rest = match.Success ? text[match.Length..].Trim() : text;
        return match.Success;
    }

    /// <summary>True for a line that only marks where an answer starts (<c>*solution*</c>, <c>Answer:</c>).</summary>
    public static bool IsAnswerMarker(string plainText) => plainText.Length <= 24 && AnswerMarker().IsMatch(plainText.Trim());

    // The opening words looked up by span, so the first word of a text is never copied.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningWordLookup = OpeningWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '\''))
        {
            end++;
        }

        return text.AsSpan(0, end);
    }

    [GeneratedRegex(@"\b(vs\.?|versus)\s", RegexOptions.IgnoreCase)]
    private static partial Regex VersusPattern();

    [GeneratedRegex(@"^\s*(?:(?:q(?:uestion)?\s*)?#?\d{1,4}\s*[.):\-–]\s*|q(?:uestion)?\s*#?\d{1,4}\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();

    // "Q:", "Question 3." or "Q12 -" before the text, or "Question 3" alone (a heading or line whose text follows below).
    [GeneratedRegex(@"^\s*(?:question|q)\s*#?\d{0,4}\s*(?:[:.)]|[\-–](?=\s))\s*|^\s*(?:question|q)\s*#?\d{1,4}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLabel();

    // "Answer:", "Ans." or "Solution -"; a bare "A" needs a colon, or a full stop and a space ("A. It is…"), so "A.I." is no label.
    [GeneratedRegex(@"^\s*(?:(?:answer|ans|solution|sol)\s*(?:[:.)]|[\-–](?=\s))|a\s*:|a\.(?=\s|$))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLabel();

    [GeneratedRegex(@"^[*_\s]*(?:answer|ans|solution|sol|a)[*_\s]*[:.\-–]?[*_\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerMarker();
}
