using Viva.Core.Text;
namespace Viva.Core.Grading;

/// <summary>
/// How far two content words mean the same thing, 0 to 1: the same stem or term counts fully, a
/// synonym nearly so, and a misspelling (one or two edits in a long word the bank does not know) a
/// little less. Words the lexicon lists as opposites are flagged separately.
/// </summary>
public static class TokenSimilarity
{
    /// <summary>Two words from one synonym group ("reduce", "shrink").</summary>
    public const float Synonym = 0.85f;

    /// <summary>A word and its misspelling ("seperated", "separated").</summary>
    public const float Misspelling = 0.8f;

    /// <summary>Two forms of one word that stem differently ("reuse" → "reus", "reusable" → "reusabl").</summary>
    public const float Derived = 0.7f;

    /// <summary>The shortest stem matched as the start of a longer one.</summary>
    public const int MinDerivedStem = 4;

    // A longer stem may add at most this many letters to the shorter one.
    private const int MaxDerivedSuffix = 4;

    private const int MinFuzzyLength = 6;
    private const int TwoEditLength = 10;

    /// <summary>The similarity of <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <param name="a">One word.</param>
    /// <param name="b">The other.</param>
    /// <param name="idf">The bank's vocabulary: two words it knows are two words, not a misspelling.</param>
    public static float Score(in GradingToken a, in GradingToken b, IdfTable idf)
    {
        ArgumentNullException.ThrowIfNull(idf);
        if (string.Equals(a.Key, b.Key, StringComparison.Ordinal))
        {
            return 1f;
        }

        var group = SynonymLexicon.Group(a.Key);
        if (group >= 0 && group == SynonymLexicon.Group(b.Key))
        {
            return Synonym;
        }

        return IsMisspelling(a, b, idf) ? Misspelling : IsDerived(a.Key, b.Key) ? Derived : 0f;
    }

    /// <summary>True when one stem is the other plus a short ending ("reus", "reusabl"); digits never are.</summary>
    internal static bool IsDerived(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinDerivedStem && longer.Length > shorter.Length && longer.Length - shorter.Length <= MaxDerivedSuffix
            && longer.StartsWith(shorter, StringComparison.Ordinal) && !char.IsAsciiDigit(shorter[0]);
    }

    /// <summary>True when the lexicon lists the two words as opposites ("increase", "decrease").</summary>
    public static bool AreOpposite(in GradingToken a, in GradingToken b) => SynonymLexicon.AreOpposite(a.Key, b.Key);

    /// <summary>True when <paramref name="a"/> is long enough to be matched as a misspelling at all.</summary>
    internal static bool CanBeMisspelt(in GradingToken a) => a.Word.Length >= MinFuzzyLength && !char.IsAsciiDigit(a.Word[0]);

    /// <summary>True when one word reads as a misspelling of the other (the keys differ).</summary>
    internal static bool IsMisspelling(in GradingToken a, in GradingToken b, IdfTable idf)
    {
        var x = a.Word;
        var y = b.Word;
        if (x.Length < MinFuzzyLength || y.Length < MinFuzzyLength || char.IsAsciiDigit(x[0]) || char.IsAsciiDigit(y[0]))
        {
            return false;
        }

        var budget = Math.Min(x.Length, y.Length) >= TwoEditLength ? 2 : 1;
        if (Math.Abs(x.Length - y.Length) > budget || (idf.Knows(a.Key) && idf.Knows(b.Key)))
        {
            return false;
        }

        return EditDistance.AtMost(x, y, budget);
    }
}
