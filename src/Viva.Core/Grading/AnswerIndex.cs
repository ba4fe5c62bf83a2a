namespace Viva.Core.Grading;

/// <summary>One place in the answer where a target word is matched (or contradicted by an opposite).</summary>
/// <param name="Position">Index of the answer's content word.</param>
/// <param name="Similarity">How well it matches, 0 to 1; 0 for an opposite.</param>
/// <param name="Opposite">True when the answer word is the target's opposite.</param>
internal readonly record struct AnswerMatch(int Position, float Similarity, bool Opposite);

/// <summary>
/// The answer's content words, indexed so that every word of the reference can find where the answer
/// says it (or its synonym, its misspelling or its opposite) without comparing it with every answer word.
/// Built once per grade; not thread-safe.
/// </summary>
internal sealed class AnswerIndex
{
    private readonly Dictionary<string, (GradingToken Token, List<int> Positions)> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _byGroup = [];
    private readonly List<string> _fuzzy = [];
    private readonly Dictionary<string, List<string>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnswerMatch[]> _matches = new(StringComparer.Ordinal);
    private readonly IdfTable _idf;
    private int[]? _fullSentences;

    public AnswerIndex(IReadOnlyList<GradingToken> tokens, IdfTable idf, string text = "")
    {
        Tokens = tokens;
        Text = text;
        _idf = idf;
        for (var p = 0; p < tokens.Count; p++)
        {
            var token = tokens[p];
            if (_byKey.TryGetValue(token.Key, out var entry))
            {
                entry.Positions.Add(p);
                continue;
            }

            _byKey[token.Key] = (token, [p]);
            var group = SynonymLexicon.Group(token.Key);
            if (group >= 0)
            {
                if (!_byGroup.TryGetValue(group, out var keys))
                {
                    _byGroup[group] = keys = [];
                }

                keys.Add(token.Key);
            }

            if (TokenSimilarity.CanBeMisspelt(token))
            {
                _fuzzy.Add(token.Key);
            }

            if (token.Key.Length >= TokenSimilarity.MinDerivedStem)
            {
                var prefix = token.Key[..TokenSimilarity.MinDerivedStem];
                if (!_byPrefix.TryGetValue(prefix, out var keys))
                {
                    _byPrefix[prefix] = keys = [];
                }

                keys.Add(token.Key);
            }
        }
    }

    /// <summary>The answer's content words in order.</summary>
    public IReadOnlyList<GradingToken> Tokens { get; }

    /// <summary>The answer the tokens' offsets point into.</summary>
    public string Text { get; }

    /// <summary>
    /// For each token, the number of its sentence counting only ends at '.', '!', '?' or a line break: unlike
    /// <see cref="GradingToken.Sentence"/>, a semicolon does not end one.
    /// </summary>
    public int[] FullSentences => _fullSentences ??= NumberFullSentences();

    /// <summary>
    /// Where sentence <paramref name="sentence"/> (a <see cref="GradingToken.Sentence"/>) lies in <see cref="Text"/>: from the
    /// end of the sentence before it to its last word, or null when no token is in it or its offsets run past the text.
    /// </summary>
    public (int Start, int End)? SentenceBounds(int sentence)
    {
        var start = 0;
        var end = -1;
        foreach (var token in Tokens)
        {
            if (token.Sentence == sentence - 1)
            {
                start = token.End;
            }
            else if (token.Sentence == sentence)
            {
                end = token.End;
            }
        }

        return end < 0 || end > Text.Length || start > end ? null : (start, end);
    }

    private int[] NumberFullSentences()
    {
        var numbers = new int[Tokens.Count];
        for (var i = 1; i < Tokens.Count; i++)
        {
            var from = Math.Min(Tokens[i - 1].End, Text.Length);
            var to = Math.Min(Math.Max(from, Tokens[i].Start), Text.Length);
            numbers[i] = numbers[i - 1] + (SentenceStop.InGap(Text, from, to) ? 1 : 0);
        }

        return numbers;
    }

    /// <summary>
    /// True when the answer says <paramref name="target"/> at one of <paramref name="positions"/>, matched at least
    /// <paramref name="minimum"/> (the word, its stem, a synonym) and not by its opposite.
    /// </summary>
    public bool SaysAt(in GradingToken target, IReadOnlySet<int> positions, float minimum)
    {
        foreach (var match in Matches(target))
        {
            if (!match.Opposite && match.Similarity >= minimum && positions.Contains(match.Position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of <paramref name="words"/> the answer says at one of <paramref name="positions"/> (as <see cref="SaysAt"/>), or null.</summary>
    public GradingToken? FirstSaidAt(IEnumerable<GradingToken> words, IReadOnlySet<int> positions, float minimum)
    {
        foreach (var word in words)
        {
            if (SaysAt(word, positions, minimum))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Every place the answer matches or opposes <paramref name="target"/>, by position (as <see cref="TokenSimilarity.Score"/> rates them).</summary>
    public AnswerMatch[] Matches(in GradingToken target)
    {
        if (_matches.TryGetValue(target.Key, out var cached))
        {
            return cached;
        }

        var found = new List<AnswerMatch>();
        var matchedKeys = new HashSet<string>(StringComparer.Ordinal);
        void Add(string key, float similarity, bool opposite)
        {
            if (matchedKeys.Add(key))
            {
                foreach (var p in _byKey[key].Positions)
                {
                    found.Add(new AnswerMatch(p, similarity, opposite));
                }
            }
        }

        if (_byKey.ContainsKey(target.Key))
        {
            Add(target.Key, 1f, false);
        }

        var group = SynonymLexicon.Group(target.Key);
        if (group >= 0 && _byGroup.TryGetValue(group, out var synonyms))
        {
            foreach (var key in synonyms)
            {
                Add(key, TokenSimilarity.Synonym, false);
            }
        }

        if (TokenSimilarity.CanBeMisspelt(target))
        {
            foreach (var key in _fuzzy)
            {
                if (!matchedKeys.Contains(key) && TokenSimilarity.IsMisspelling(target, _byKey[key].Token, _idf))
                {
                    Add(key, TokenSimilarity.Misspelling, false);
                }
            }
        }

        if (target.Key.Length >= TokenSimilarity.MinDerivedStem && _byPrefix.TryGetValue(target.Key[..TokenSimilarity.MinDerivedStem], out var related))
        {
            foreach (var key in related)
            {
                if (!matchedKeys.Contains(key) && TokenSimilarity.IsDerived(target.Key, key))
                {
                    Add(key, TokenSimilarity.Derived, false);
                }
            }
        }

        foreach (var key in SynonymLexicon.Opposites(target.Key))
        {
            if (_byKey.ContainsKey(key))
            {
                Add(key, 0f, true);
            }
        }

        var matches = found.ToArray();
        if (matchedKeys.Count > 1)
        {
            Array.Sort(matches, (a, b) => a.Position.CompareTo(b.Position));
        }

        _matches[target.Key] = matches;
        return matches;
    }

    /// <summary>The best similarity of <paramref name="target"/> anywhere in the answer.</summary>
    public float Best(in GradingToken target)
    {
        var best = 0f;
        foreach (var match in Matches(target))
        {
            best = Math.Max(best, match.Similarity);
        }

        return best;
    }
}
