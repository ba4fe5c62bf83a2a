namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that makes the key point's claim of the thing its subject's prefix sets apart: "Direct injection
/// hides instructions in web pages" for "Indirect injection hides instructions in web pages", "Parametric models keep
/// growing with the data" for "Non-parametric models…". The tokenizer reads "indirect" as a negated "direct", so the
/// two subjects share a word and differ only in a light negation the coverage hardly feels.
/// </summary>
/// <remarks>
/// The point opens with a word negated by its own prefix ("indirect", "non-parametric", "unsupervised" when the bank
/// spells it so) or with the plain word where another key point opens with the prefixed one. The answer opens a sentence
/// with the same word the other way round, and that sentence says most of the point's other words.
/// </remarks>
internal static class PrefixedSubject
{
    // Matched at least this well (the word, its stem, a synonym), a point word counts as said.
    private const float Strong = 0.8f;

    // The share of the point's other words, by weight, the answer's sentence must say.
    private const float MostOf = 0.5f;

    /// <summary>The point's subject, as a conflict at the answer's word for the other one, or null.</summary>
    /// <param name="unit">The key point.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="prefixedOpeners">The keys of the words some key point opens with, negated by their prefix.</param>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer, HashSet<string> prefixedOpeners)
    {
        if (unit.Tokens.Count < 2 || answer.Tokens.Count == 0)
        {
            return null;
        }

        var subject = unit.Tokens[0];
        var prefixed = ByPrefix(subject, unit.Plain);
        if (!prefixed && (subject.Negated || !prefixedOpeners.Contains(subject.Key)))
        {
            return null;
        }

        var others = unit.Words.Where(w => w.Token.Key != subject.Key && w.Polarity != Polarity.Negated).ToList();
        var total = others.Sum(w => w.Weight);
        if (total <= 0f)
        {
            return null;
        }

        var tokens = answer.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var opensSentence = i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence;
            // The other way round: plain where the point's is prefixed, prefixed where it is plain ("no match" is neither).
            var otherWay = prefixed ? !tokens[i].Negated : ByPrefix(tokens[i], answer.Text);
            if (!opensSentence || tokens[i].Key != subject.Key || !otherWay)
            {
                continue;
            }

            var sentence = tokens[i].Sentence;
            var said = others.Where(w => answer.Matches(w.Token).Any(m => !m.Opposite && m.Similarity >= Strong && tokens[m.Position].Sentence == sentence && !tokens[m.Position].Negated))
                .Sum(w => w.Weight);
            if (said >= MostOf * total)
            {
                return new UnitConflict(ConflictKind.Negated, subject.SurfaceIn(unit.Plain), tokens[i].Start, tokens[i].Length, null, null);
            }
        }

        return null;
    }

    /// <summary>The keys of the words the units open with where the word is negated by its own prefix ("indirect").</summary>
    public static HashSet<string> Openers(IReadOnlyList<TargetUnit> units) =>
        [.. units.Where(u => u.Tokens.Count > 0 && ByPrefix(u.Tokens[0], u.Plain)).Select(u => u.Tokens[0].Key)];

    /// <summary>True when the token is negated by its own prefix ("indirect" for "direct"), not by a negator before it.</summary>
    private static bool ByPrefix(in GradingToken token, string text) =>
        token.Negated && !token.SurfaceIn(text).StartsWith(token.Word, StringComparison.OrdinalIgnoreCase);
}
