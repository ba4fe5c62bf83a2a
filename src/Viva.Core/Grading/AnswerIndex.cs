namespace Viva.Core.Grading;

/// <summary>One place in the answer where a target word is matched (or contradicted by an opposite).</summary>
/// <param name="Position">Index of the answer's content word.</param>
/// <param name="Similarity">How well it matches, 0 to 1; 0 for an opposite.</param>
/// <param name="Opposite">True when the answer word is the target's opposite.</param>
internal readonly record struct AnswerMatch(int Position, float Similarity, bool Opposite);

/// <summary>
/// The answer's content words, indexed so that every word of the reference can find where the answer
/// says it (or its synonym, or its misspelling). Built once per grade; not thread-safe.
/// </summary>
internal sealed class AnswerIndex
{
    private readonly List<(GradingToken Token, List<int> Positions)> _distinct = [];
    private readonly Dictionary<string, AnswerMatch[]> _matches = new(StringComparer.Ordinal);
    private readonly IdfTable _idf;

    public AnswerIndex(IReadOnlyList<GradingToken> tokens, IdfTable idf)
    {
        Tokens = tokens;
        _idf = idf;
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < tokens.Count; p++)
        {
            if (!byKey.TryGetValue(tokens[p].Key, out var k))
            {
                k = _distinct.Count;
                byKey[tokens[p].Key] = k;
                _distinct.Add((tokens[p], []));
            }

            _distinct[k].Positions.Add(p);
        }
    }

    /// <summary>The answer's content words in order.</summary>
    public IReadOnlyList<GradingToken> Tokens { get; }

    /// <summary>The distinct words of the answer (first occurrence of each key).</summary>
    public IEnumerable<GradingToken> DistinctTokens => _distinct.Select(d => d.Token);

    /// <summary>Every place the answer matches or opposes <paramref name="target"/>, by position.</summary>
    public AnswerMatch[] Matches(in GradingToken target)
    {
        if (_matches.TryGetValue(target.Key, out var cached))
        {
            return cached;
        }

        var found = new List<AnswerMatch>();
        foreach (var (token, positions) in _distinct)
        {
            var similarity = TokenSimilarity.Score(target, token, _idf);
            var opposite = similarity == 0f && TokenSimilarity.AreOpposite(target, token);
            if (similarity > 0f || opposite)
            {
                found.AddRange(positions.Select(p => new AnswerMatch(p, similarity, opposite)));
            }
        }

        var matches = found.OrderBy(m => m.Position).ToArray();
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
