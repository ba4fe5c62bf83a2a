namespace Viva.Core.Grading;

/// <summary>
/// Whether a full stop ends a sentence. A dot inside a name ("optimizer.step()", "df.groupby") joins its parts: read as
/// a sentence end it cuts a claim in two, so its words no longer count together and an order or a negation stops halfway.
/// Passages for the encoder also read an abbreviation's dot ("e.g.", "vs.") as no end; the word-level readings do not,
/// since measured on answers they had not seen that did worse.
/// </summary>
internal static class SentenceStop
{
    private static readonly string[] Abbreviations = ["vs", "etc", "approx", "resp"];

    /// <summary>True when the character at <paramref name="p"/> ends a sentence (., !, ? or a line break).</summary>
    public static bool Ends(string text, int p) => text[p] is '!' or '?' or '\n' || (text[p] == '.' && !JoinsName(text, p));

    /// <summary>True when the dot at <paramref name="p"/> runs straight on into a word: "optimizer.step()", "df.groupby".</summary>
    public static bool JoinsName(string text, int p) => p + 1 < text.Length && (char.IsLetterOrDigit(text[p + 1]) || text[p + 1] == '_');

    /// <summary>True when a character of <c>text[from..to)</c> ends a sentence.</summary>
    public static bool InGap(string text, int from, int to)
    {
        for (var p = Math.Max(0, from); p < Math.Min(to, text.Length); p++)
        {
            if (Ends(text, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the dot at <paramref name="p"/> closes an abbreviation: a single letter ("e.g.", "i.e.") or one of
    /// <see cref="Abbreviations"/>.
    /// </summary>
    public static bool IsAbbreviation(string text, int p)
    {
        var from = p;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        var word = text[from..p];
        return word.Length == 1 || Abbreviations.Any(a => word.Equals(a, StringComparison.OrdinalIgnoreCase));
    }
}
