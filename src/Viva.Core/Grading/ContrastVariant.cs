namespace Viva.Core.Grading;

/// <summary>
/// A key point rewritten to say what a passage of the answer says where the two disagree: a word replaced by the
/// opposite the answer uses, a negation the answer adds, or two terms the answer swaps. When the passage is closer
/// in meaning to such a variant than to the key point, the answer contradicts the key point.
/// </summary>
/// <param name="Text">The rewritten key point.</param>
/// <param name="Kind">Negated (an opposite or a negation) or swapped.</param>
/// <param name="PointWord">The key point's word (for a swap, the first of the two terms).</param>
/// <param name="AnswerWord">What the answer says instead (for a swap, the second term).</param>
public sealed record ContrastVariant(string Text, ConflictKind Kind, string PointWord, string AnswerWord)
{
    /// <summary>The most variants tried per key point and passage.</summary>
    public const int MaxVariants = 4;

    /// <summary>The most variants tried per answer, for the key points most likely to be credited, to bound the cost of a grade.</summary>
    public const int MaxPerAnswer = 12;

    // Only the most informative terms are swapped; more would multiply the variants for little gain.
    private const int MaxSwapTerms = 6;

    /// <summary>The variants of <paramref name="unit"/> that <paramref name="passage"/> could be saying instead of it.</summary>
    public static List<ContrastVariant> Build(string unit, string passage, IdfTable idf)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(idf);
        var u = GradingTokenizer.Tokenize(unit, idf);
        var p = GradingTokenizer.Tokenize(passage, idf);
        var variants = new List<ContrastVariant>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { unit };
        void Add(string text, ConflictKind kind, string pointWord, string answerWord)
        {
            if (variants.Count < MaxVariants && seen.Add(text))
            {
                variants.Add(new ContrastVariant(text, kind, pointWord, answerWord));
            }
        }

        var unitKeys = u.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var t in u)
        {
            foreach (var q in p.Where(q => SynonymLexicon.AreOpposite(t.Key, q.Key) && !unitKeys.Contains(q.Key)))
            {
                Add(Replace(unit, [(t.Start, t.Length, q.SurfaceIn(passage))]), ConflictKind.Negated, t.SurfaceIn(unit), q.SurfaceIn(passage));
            }
        }

        foreach (var t in u.Where(t => !t.Negated))
        {
            if (p.Any(q => q.Negated && q.Key == t.Key))
            {
                Add(Replace(unit, [(t.Start, 0, "not ")]), ConflictKind.Negated, t.SurfaceIn(unit), "not " + t.SurfaceIn(unit));
            }
        }

        var firstInPassage = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < p.Count; i++)
        {
            firstInPassage.TryAdd(p[i].Key, i);
        }

        var terms = u.Where(t => firstInPassage.ContainsKey(t.Key))
            .DistinctBy(t => t.Key, StringComparer.Ordinal)
            .OrderByDescending(t => idf.Weight(t.Key))
            .Take(MaxSwapTerms)
            .OrderBy(t => t.Start)
            .ToList();
        for (var a = 0; a < terms.Count; a++)
        {
            for (var b = a + 1; b < terms.Count; b++)
            {
                var (x, y) = (terms[a], terms[b]);
                if (firstInPassage[x.Key] > firstInPassage[y.Key])
                {
                    Add(Replace(unit, [(x.Start, x.Length, y.SurfaceIn(unit)), (y.Start, y.Length, x.SurfaceIn(unit))]), ConflictKind.Swapped, x.SurfaceIn(unit), y.SurfaceIn(unit));
                }
            }
        }

        return variants;
    }

    private static string Replace(string text, (int Start, int Length, string With)[] edits)
    {
        var builder = new System.Text.StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var (start, length, with) in edits.OrderBy(e => e.Start))
        {
            if (start < at || start + length > text.Length)
            {
                continue;
            }

            builder.Append(text, at, start - at).Append(with);
            at = start + length;
        }

        return builder.Append(text, at, text.Length - at).ToString();
    }
}
