namespace Viva.Core.Linking;

/// <summary>
/// Groups questions that ask the same thing into clusters. Candidates come from blocking on each
/// question's rarest tokens (and 5-letter prefixes, for typos), so the work grows near-linearly;
/// only candidate pairs are scored. A cluster holds at most one curated question and is named by it,
/// or else by its earliest question.
/// </summary>
public sealed class DuplicateLinker
{
    private const int PrefixLength = 5;
    private readonly LinkerOptions _options;

    /// <summary>Creates a linker with <paramref name="options"/> (defaults when null).</summary>
    public DuplicateLinker(LinkerOptions? options = null) => _options = options ?? LinkerOptions.Default;

    /// <summary>Returns the cluster id of each item, in input order. Earlier items name their clusters.</summary>
    public IReadOnlyList<string> Link(IReadOnlyList<LinkItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var model = SimilarityModel.Build([.. items.Select(i => i.Text)]);
        var edges = CandidateEdges(model);
        edges.Sort((a, b) => b.Score.CompareTo(a.Score));
        var sets = new DisjointSets(items);
        foreach (var edge in edges)
        {
            sets.Union(edge.A, edge.B);
        }

        var names = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            names[i] = items[sets.Find(i)].Id;
        }

        return names;
    }

    /// <summary>Scored pairs above the threshold, each pair once.</summary>
    internal List<(int A, int B, float Score)> CandidateEdges(SimilarityModel model)
    {
        var postings = BuildPostings(model, out var keysOf);
        var edges = new List<(int, int, float)>();
        var seenBy = new int[model.Count];
        Array.Fill(seenBy, -1);
        for (var i = 0; i < model.Count; i++)
        {
            foreach (var key in keysOf[i])
            {
                if (!postings.TryGetValue(key, out var list) || list.Count > _options.MaxPostings)
                {
                    continue;
                }

                foreach (var j in list)
                {
                    if (j >= i || seenBy[j] == i)
                    {
                        continue;
                    }

                    seenBy[j] = i;
                    var score = model.ScoreAtLeast(i, j, _options.Threshold);
                    if (score >= _options.Threshold)
                    {
                        edges.Add((j, i, score));
                    }
                }
            }
        }

        return edges;
    }

    private Dictionary<string, List<int>> BuildPostings(SimilarityModel model, out List<string>[] keysOf)
    {
        keysOf = new List<string>[model.Count];
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < model.Count; i++)
        {
            var tokens = model.Tokens[i].Distinct().ToList();
            var keys = tokens
                .OrderBy(t => model.DocumentFrequency[model.Vocabulary[t]])
                .ThenBy(t => t, StringComparer.Ordinal)
                .Take(_options.BlockingTokens)
                .ToList();

            // Misspelt rare words still meet their twins through a shared prefix.
            keys.AddRange(keys.Take(2).Where(t => t.Length > PrefixLength + 1).Select(t => "\u0001" + t[..PrefixLength]).ToList());
            keysOf[i] = keys;
            foreach (var key in keys)
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                if (list.Count <= _options.MaxPostings)
                {
                    list.Add(i);
                }
            }
        }

        return postings;
    }

    /// <summary>Union-find that refuses to merge two clusters that both hold a curated question.</summary>
    private sealed class DisjointSets
    {
        private readonly int[] _parent;
        private readonly bool[] _curated;

        public DisjointSets(IReadOnlyList<LinkItem> items)
        {
            _parent = [.. Enumerable.Range(0, items.Count)];
            _curated = [.. items.Select(i => i.IsCurated)];
        }

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Union(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb || (_curated[ra] && _curated[rb]))
            {
                return;
            }

            // The root names the cluster: a curated question first, else the earliest question.
            var (root, child) = _curated[ra] != _curated[rb] ? (_curated[ra] ? (ra, rb) : (rb, ra)) : (Math.Min(ra, rb), Math.Max(ra, rb));
            _parent[child] = root;
            _curated[root] |= _curated[child];
        }
    }
}
