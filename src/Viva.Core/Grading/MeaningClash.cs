using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Contradictions that no negator and no listed opposite word carry, read from the wording around the words an answer
/// shares with a key point:
/// <list type="bullet">
/// <item>a growth rate that clashes with the point's for the same resource: "scale linearly" against "costs O(n³)",
/// "needs O(log n) extra memory" against "uses O(1) extra space";</item>
/// <item>a quantifier turned round over the same words: "scans every list" against "scans only the lists of its nprobe
/// nearest centroids", "only the active experts are in memory" against "all experts must be held in memory", "many
/// minimizers" against "at most one minimizer", "close to zero" against "exactly zero";</item>
/// <item>a number said of the same word as the point's but with another value, where the answer never says the point's
/// value: "about 60M parameters" against "about 138M parameters".</item>
/// </list>
/// Both read only the answer's sentences that say the point's words, and hold back when the answer also says the point's
/// own rate or quantifier there, or negates its own ("not every", "isn't linear").
/// </summary>
internal static partial class MeaningClash
{
    // Content words either side of a quantifier that count as what it quantifies.
    private const int QuantifiedBefore = 3;
    private const int QuantifiedAfter = 3;

    // How far a growth rate's resource ("memory", "space") may stand from it, in characters within its clause.
    private const int ResourceReach = 24;

    private enum Growth
    {
        Constant,
        Logarithmic,
        Linear,
        Linearithmic,
        Quadratic,
        Cubic,
        Exponential,
    }

    private enum Quantifier
    {
        Restrictive,
        Universal,
        Single,
        Many,
        Exact,
        Approximate,
    }

    /// <summary>
    /// The clash between <paramref name="unit"/> and the answer's sentences <paramref name="sentences"/>, or null when there
    /// is none. Its <see cref="UnitConflict.Word"/> is the key point's rate or quantifier; its span is the answer's.
    /// </summary>
    /// <remarks>
    /// A sentence that names a subject of the question the point does not name speaks of that other thing ("array elements
    /// are found in constant time" beside "a list is walked node by node") and is not read.
    /// </remarks>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer, IReadOnlySet<int> sentences, IReadOnlySet<string> subjects, bool growthOnly = false)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(subjects);
        var own = unit.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var read = sentences.Where(s => !answer.Tokens.Any(t => t.Sentence == s && subjects.Contains(t.Key) && !own.Contains(t.Key))).ToHashSet();
        if (read.Count == 0)
        {
            return null;
        }

        var regions = Regions(answer, read);
        return GrowthClash(unit.Plain, answer.Text, regions) ?? (growthOnly ? null : QuantifierClash(unit, answer, regions) ?? NumberClash(unit, answer, regions));
    }

    // The text ranges of the chosen sentences, from just after the previous sentence's last word to just before the next
    // sentence's first, so that a leading "Only" belongs to its sentence.
    private static List<(int Start, int End)> Regions(AnswerIndex answer, IReadOnlySet<int> sentences)
    {
        var regions = new List<(int, int)>();
        var tokens = answer.Tokens;
        foreach (var sentence in sentences.Order())
        {
            int start = 0, end = answer.Text.Length;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Sentence < sentence)
                {
                    start = tokens[t].End;
                }
                else if (tokens[t].Sentence > sentence)
                {
                    end = tokens[t].Start;
                    break;
                }
            }

            regions.Add((start, end));
        }

        return regions;
    }

    private static UnitConflict? GrowthClash(string point, string answer, List<(int Start, int End)> regions)
    {
        var inPoint = Rates(point, 0, point.Length);
        if (inPoint.Count == 0)
        {
            return null;
        }

        var inAnswer = regions.SelectMany(r => Rates(answer, r.Start, r.End)).ToList();
        foreach (var said in inAnswer)
        {
            var own = inPoint.Where(p => p.Space == said.Space).ToList();
            if (own.Count > 0 && !own.Any(p => inAnswer.Any(a => a.Space == p.Space && a.Growth == p.Growth)))
            {
                var word = own[0];
                return new UnitConflict(ConflictKind.Negated, point.Substring(word.Start, word.Length), said.Start, said.Length, null, null);
            }
        }

        return null;
    }

    private static UnitConflict? QuantifierClash(TargetUnit unit, AnswerIndex answer, List<(int Start, int End)> regions)
    {
        var inPoint = Quantifiers(unit.Plain, 0, unit.Plain.Length, unit.Tokens);
        if (inPoint.Count == 0)
        {
            return null;
        }

        var inAnswer = regions.SelectMany(r => Quantifiers(answer.Text, r.Start, r.End, answer.Tokens)).ToList();
        foreach (var own in inPoint)
        {
            // A point that says both ("all experts are stored, only k run") has no one side to turn round; nor has an answer
            // that also says the point's own quantifier of the same words ("every token goes to only its top-k experts").
            var opposite = Opposite(own.Kind);
            if (inPoint.Any(q => q.Kind == opposite) || inAnswer.Any(q => q.Kind == own.Kind && Shares(q.Quantified, own.Quantified)))
            {
                continue;
            }

            foreach (var said in inAnswer)
            {
                if (said.Kind == opposite && Shares(said.Quantified, own.Quantified))
                {
                    return new UnitConflict(ConflictKind.Negated, unit.Plain.Substring(own.Start, own.Length), said.Start, said.Length, null, null);
                }
            }
        }

        return null;
    }

    private static UnitConflict? NumberClash(TargetUnit unit, AnswerIndex answer, List<(int Start, int End)> regions)
    {
        var inPoint = Numbers(unit.Plain, 0, unit.Plain.Length, unit.Tokens);
        if (inPoint.Count == 0)
        {
            return null;
        }

        var inAnswer = regions.SelectMany(r => Numbers(answer.Text, r.Start, r.End, answer.Tokens)).ToList();
        foreach (var own in inPoint)
        {
            if (inAnswer.Any(a => a.Value == own.Value))
            {
                continue;
            }

            foreach (var said in inAnswer)
            {
                if (own.Of is { } of && said.Of is { } saidOf && SameWord(of, saidOf))
                {
                    return new UnitConflict(ConflictKind.Negated, unit.Plain.Substring(own.Start, own.Length), said.Start, said.Length, null, null);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The numbers a text states between <paramref name="from"/> and <paramref name="to"/>, each with its value (scaled by
    /// k, M, B or "million") and the key of the content word after it, which says what it counts. A number inside a name
    /// or a shape ("L1", "fp16", "3×3", "10–100") is left out.
    /// </summary>
    private static List<(double Value, string? Of, int Start, int Length)> Numbers(string text, int from, int to, IReadOnlyList<GradingToken> tokens)
    {
        var found = new List<(double, string?, int, int)>();
        var lower = text.ToLowerInvariant();
        foreach (Match m in NumberWord().Matches(lower[..to], from))
        {
            var end = m.Index + m.Length;
            if (end < lower.Length && (lower[end] is '/' || (lower[end] is '–' or '-' or '×' or '^' or '·' && end + 1 < lower.Length && char.IsDigit(lower[end + 1]))))
            {
                continue;
            }

            if (m.Index > 0 && lower[m.Index - 1] is '–' or '-' or '/' or '×' or '^' or '·' or '(' || Negated(lower, m.Index)
                || !double.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            value *= m.Groups["scale"].Value switch
            {
                "k" or "thousand" => 1e3,
                "m" or "million" => 1e6,
                "b" or "billion" => 1e9,
                _ => 1,
            };
            var sentence = tokens.FirstOrDefault(t => t.End >= m.Index).Sentence;
            var of = tokens.FirstOrDefault(t => t.Start >= end && t.Sentence == sentence && !t.Key.Any(char.IsDigit) && t.Key.Length > 1).Key;
            found.Add((value, of, m.Index, m.Length));
        }

        return found;
    }

    // "only" against "every" and the reverse; "a single" against "many" and the reverse.
    private static Quantifier Opposite(Quantifier kind) => kind switch
    {
        Quantifier.Restrictive => Quantifier.Universal,
        Quantifier.Universal => Quantifier.Restrictive,
        Quantifier.Single => Quantifier.Many,
        Quantifier.Many => Quantifier.Single,
        Quantifier.Exact => Quantifier.Approximate,
        _ => Quantifier.Exact,
    };

    // The value itself is no shared word: "exactly zero" and "close to zero" must be said of the same weights.
    private static bool Shares(List<string> said, List<string> own) =>
        said.Any(a => a is not ("zero" or "0") && own.Any(p => SameWord(a, p)));

    private static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (SynonymLexicon.Group(a) is var g and >= 0 && g == SynonymLexicon.Group(b));

    /// <summary>The growth rates a text states between <paramref name="from"/> and <paramref name="to"/>, each with whether it is said of memory.</summary>
    private static List<(Growth Growth, bool Space, int Start, int Length)> Rates(string text, int from, int to)
    {
        var found = new List<(Growth, bool, int, int)>();
        var lower = text.ToLowerInvariant();
        foreach (Match m in BigO().Matches(lower[..to], from))
        {
            if (RateOf(m.Groups["inner"].Value) is { } growth && !Negated(lower, m.Index))
            {
                found.Add((growth, SaidOfMemory(lower, m.Index, m.Index + m.Length), m.Index, m.Length));
            }
        }

        foreach (Match m in RateWords().Matches(lower[..to], from))
        {
            if (Negated(lower, m.Index) || found.Any(f => m.Index < f.Item3 + f.Item4 && f.Item3 < m.Index + m.Length))
            {
                continue;
            }

            var word = m.Groups["rate"].Value;
            Growth? growth = word switch
            {
                _ when word.StartsWith("constant", StringComparison.Ordinal) => Growth.Constant,
                _ when word.StartsWith("logarithmic", StringComparison.Ordinal) => Growth.Logarithmic,
                _ when word.StartsWith("linear", StringComparison.Ordinal) => Growth.Linear,
                _ when word.StartsWith("quadratic", StringComparison.Ordinal) || word.EndsWith("squared", StringComparison.Ordinal) => Growth.Quadratic,
                _ when word.StartsWith("cubic", StringComparison.Ordinal) || word.EndsWith("cubed", StringComparison.Ordinal) => Growth.Cubic,
                _ when word.StartsWith("exponential", StringComparison.Ordinal) => Growth.Exponential,
                _ when word.Contains("log", StringComparison.Ordinal) => word.Count(c => c is 'n' or 'k' or 'v') >= 2 ? Growth.Linearithmic : Growth.Logarithmic,
                _ when word.EndsWith('²') || word.EndsWith("^2", StringComparison.Ordinal) => Growth.Quadratic,
                _ when word.EndsWith('³') || word.EndsWith("^3", StringComparison.Ordinal) => Growth.Cubic,
                _ => null,
            };
            if (growth is { } g)
            {
                found.Add((g, SaidOfMemory(lower, m.Index, m.Index + m.Length), m.Index, m.Length));
            }
        }

        return found;
    }

    // The rate inside O( … ): "1", "log n", "n", "V + E", "n log n", "n²", "d^3", "2^n"; null for anything else ("nd", "k·n").
    private static Growth? RateOf(string inner)
    {
        var s = string.Concat(inner.Where(c => !char.IsWhiteSpace(c)));
        if (s.Contains("2^", StringComparison.Ordinal) || s.EndsWith("^n", StringComparison.Ordinal))
        {
            return Growth.Exponential;
        }

        if (s.Contains("log", StringComparison.Ordinal))
        {
            return s.StartsWith("log", StringComparison.Ordinal) ? Growth.Logarithmic : Growth.Linearithmic;
        }

        if (s.EndsWith('³') || s.EndsWith("^3", StringComparison.Ordinal))
        {
            return Growth.Cubic;
        }

        if (s.EndsWith('²') || s.EndsWith("^2", StringComparison.Ordinal))
        {
            return Growth.Quadratic;
        }

        if (s == "1")
        {
            return Growth.Constant;
        }

        return SumOfLetters().IsMatch(s) ? Growth.Linear : null;
    }

    private static bool SaidOfMemory(string text, int start, int end)
    {
        var clauseStart = Math.Max(0, start - ResourceReach);
        var before = text[clauseStart..start];
        var cut = before.LastIndexOfAny([',', ';', '.', ':']);
        before = cut >= 0 ? before[(cut + 1)..] : before;
        var after = text[end..Math.Min(text.Length, end + ResourceReach)];
        cut = after.IndexOfAny([',', ';', '.', ':']);
        after = cut >= 0 ? after[..cut] : after;
        return MemoryWord().IsMatch(before) || MemoryWord().IsMatch(after);
    }

    // A negator in the two words before: "not linear", "isn't O(n)", "no longer quadratic".
    private static bool Negated(string text, int start)
    {
        var before = text[Math.Max(0, start - 16)..start];
        var cut = before.LastIndexOfAny([',', ';', '.', ':']);
        before = cut >= 0 ? before[(cut + 1)..] : before;
        return NegatorBefore().IsMatch(before);
    }

    /// <summary>The quantifiers a text states between <paramref name="from"/> and <paramref name="to"/>, with the words beside each.</summary>
    private static List<(Quantifier Kind, int Start, int Length, List<string> Quantified)> Quantifiers(string text, int from, int to, IReadOnlyList<GradingToken> tokens)
    {
        var found = new List<(Quantifier, int, int, List<string>)>();
        var lower = text.ToLowerInvariant();
        foreach (Match m in QuantifierWord().Matches(lower[..to], from))
        {
            var end = m.Index + m.Length;
            var next = FollowingWord().Match(lower, end);
            if (Negated(lower, m.Index) || IdiomBefore().IsMatch(lower[..m.Index])
                || (next.Success && (m.Value, next.Groups[1].Value) is ("all", "but" or "in" or "along" or "too" or "that" or "over") or ("only", "if")))
            {
                continue;
            }

            var first = 0;
            while (first < tokens.Count && tokens[first].Start < end)
            {
                first++;
            }

            // A quantifier after a negator in its clause is not read either way: "does not require covering all modes".
            var clause = lower[..m.Index];
            var cut = clause.LastIndexOfAny([',', ';', '.', ':', '(', ')']);
            if (NegatorWord().IsMatch(cut >= 0 ? clause[(cut + 1)..] : clause))
            {
                continue;
            }

            var sentence = first < tokens.Count ? tokens[first].Sentence : tokens.Count > 0 ? tokens[^1].Sentence : 0;
            var quantified = new List<string>();
            // A bare "one" counts only what follows it: "keys that all hash to one bucket" counts buckets, not keys.
            var before = m.Value == "one" ? 0 : QuantifiedBefore;
            for (var t = Math.Max(0, first - before); t < Math.Min(tokens.Count, first + QuantifiedAfter); t++)
            {
                if (tokens[t].Sentence == sentence && !tokens[t].Negated)
                {
                    quantified.Add(tokens[t].Key);
                }
            }

            var kind = m.Value switch
            {
                "only" or "alone" or "solely" => Quantifier.Restrictive,
                "many" or "multiple" or "several" or "numerous" => Quantifier.Many,
                "every" or "all" or "always" or "everything" => Quantifier.Universal,
                _ when m.Value.StartsWith("exactly ", StringComparison.Ordinal) => Quantifier.Exact,
                _ when m.Value.EndsWith("zero", StringComparison.Ordinal) || m.Value.EndsWith('0') => Quantifier.Approximate,
                _ => Quantifier.Single,
            };
            found.Add((kind, m.Index, m.Length, quantified));
        }

        return found;
    }

    [GeneratedRegex(@"(?<![a-z])[oθω]\s*\((?<inner>[^()]{1,16})\)")]
    private static partial Regex BigO();

    [GeneratedRegex(@"^(?:[a-z](?:\+[a-z])*)$")]
    private static partial Regex SumOfLetters();

    [GeneratedRegex(@"(?<rate>\b[nkv] ?log ?[nkv]\b|(?<![a-z] )\blog ?[nkv]\b|\b[nkdv] (?:squared|cubed)\b|(?<![a-z0-9(])[nkdv](?:²|³|\^2|\^3)"
        + @"|\b(?:constant|linear|logarithmic|quadratic|cubic|exponential)(?=[ -](?:time|memory|space|storage|extra|cost|runtime|work|scaling|growth|complexity|in (?:n|the number|the size|the length|the input|sequence|tokens?|context|(?:token|input|context|sequence|batch) (?:count|length|size))))"
        + @"|\b(?:linearly|logarithmically|quadratically|cubically|exponentially)\b(?! (?:separable|independent|dependent|related|correlated|decaying|weighted|increasing|decreasing)))")]
    private static partial Regex RateWords();

    [GeneratedRegex(@"(?<![\w.])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?<scale>k|m|b|thousand|million|billion)\b)?(?![\w.]*\d)")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\b(?:memory|space|storage|ram)\b")]
    private static partial Regex MemoryWord();

    [GeneratedRegex(@"(?:\bnot|n't|\bnever|\bno longer|\brather than|\binstead of|\bnor)\s+(?:\w+\s+)?$")]
    private static partial Regex NegatorBefore();

    [GeneratedRegex(@"\b(?:not|no|never|without|neither|nor|cannot)\b|n't\b")]
    private static partial Regex NegatorWord();

    // A bare "one" counts as one of a kind ("with one gradient step"), not in "one of", "one another", "one by one", "one-hot".
    [GeneratedRegex(@"\b(?:exactly (?:zero|0)|(?:close to|near|nearly|almost|approximately|roughly) (?:zero|0)|at most one|exactly one|only one|a single|one single|(?<![-\w])one(?![-\w]| of\b| another\b| by one\b| at a time\b| or (?:more|two|several)\b)|only|alone|solely|every|all|always|everything|many|multiple|several|numerous)\b")]
    private static partial Regex QuantifierWord();

    [GeneratedRegex(@"\s*([a-z]+)")]
    private static partial Regex FollowingWord();

    // "at all", "after all", "above all", "if only", "not only".
    [GeneratedRegex(@"\b(?:at|after|above|if|not)\s+$")]
    private static partial Regex IdiomBefore();
}
