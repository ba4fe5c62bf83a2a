namespace Viva.Core.Grading;

/// <summary>One content word (or joined term such as "relu") of a text being graded.</summary>
/// <param name="Key">What the word is compared by: its lexicon term ("sgd") or its Porter stem ("connect").</param>
/// <param name="Word">The word as written, lower-cased and folded (for spelling-tolerant matching).</param>
/// <param name="Start">Offset of the word in the text, in UTF-16 code units.</param>
/// <param name="Length">Length in the text; a joined term spans all its words.</param>
/// <param name="Negated">True when a negator ("not", "never", "non-", "un-") governs the word.</param>
/// <param name="Sentence">Index of the sentence (or semicolon clause) the word is in, from 0.</param>
public readonly record struct GradingToken(string Key, string Word, int Start, int Length, bool Negated, int Sentence = 0)
{
    /// <summary>True when a negator word ("not", "never", "doesn't") stands anywhere in the word's sentence, governing it or not.</summary>
    public bool InNegatedSentence { get; init; }

    /// <summary>True when a negator word stands in the word's own clause (up to a comma, colon or a word such as "and" or "so").</summary>
    public bool InNegatedClause { get; init; }

    /// <summary>Index of the word's clause in its text (cut at a comma, colon, arrow or a word such as "and" or "so"), from 0.</summary>
    public int Clause { get; init; }

    /// <summary>True when the word is the alternative "rather than" or "instead of" sets aside (it is also <see cref="Negated"/>).</summary>
    public bool SetAside { get; init; }

    /// <summary>
    /// True when the word is among the first two of its clause after "than", "unlike" or "versus": the thing the clause
    /// sets its subject against ("simpler than against a snowflake"), not the thing it speaks of.
    /// </summary>
    public bool Foil { get; init; }

    /// <summary>
    /// True when the word is the first after "during", "at", "throughout", "before", "after" or "until": when something
    /// happens ("during training, dropout zeroes units"), not what the clause speaks of.
    /// </summary>
    public bool Setting { get; init; }

    /// <summary>
    /// True for a word in -ing right after "as", "by", "of", "for" or "from" ("think of it as training many small
    /// networks"): an action, never the thing a clause speaks of, even where the question names it.
    /// </summary>
    public bool Action { get; init; }

    /// <summary>Offset just past the word.</summary>
    public int End => Start + Length;

    /// <summary>The word as <paramref name="text"/> (the text it was read from) spells it, or its folded form when it lies outside.</summary>
    public string SurfaceIn(string text) => Start >= 0 && End <= text.Length ? text.Substring(Start, Length) : Word;
}
