using Viva.Core.Semantics;

namespace Viva.Core.Linking;

/// <summary>
/// Groups questions that ask the same thing into clusters. Candidates come from blocking on each
/// question's rarest tokens (and 5-letter prefixes, for typos), so the work grows near-linearly;
/// only candidate pairs are scored. A cluster holds at most one curated question and is named by it,
/// or else by its earliest question. With a sentence encoder, candidates are re-scored by meaning
/// (<see cref="MeaningLinks"/>); without one, by words alone.
/// </summary>
public sealed partial class DuplicateLinker
{
    private const int PrefixLength = 5;
    private readonly LinkerOptions _options;
    private readonly Func<ITextEncoder?> _encoder;
    private readonly LinkModel? _givenModel;

    /// <summary>Creates a linker with <paramref name="options"/> (defaults when null).</summary>
    /// <param name="options">Thresholds and blocking sizes.</param>
    /// <param name="encoder">Embeds questions so that links are judged by meaning; null links by words alone.</param>
    /// <param name="model">The fitted meaning-aware decision (the shipped one when null).</param>
    public DuplicateLinker(LinkerOptions? options = null, ITextEncoder? encoder = null, LinkModel? model = null)
        : this(() => encoder, options, model)
    {
    }

    /// <summary>Creates a linker whose encoder is asked for only when a list of questions needs it (loading one takes a second).</summary>
    /// <param name="encoder">Returns the encoder, or null when none can load (links are then judged by words alone).</param>
    /// <param name="options">Thresholds and blocking sizes (defaults when null).</param>
    /// <param name="model">The fitted meaning-aware decision (the shipped one when null).</param>
    public DuplicateLinker(Func<ITextEncoder?> encoder, LinkerOptions? options = null, LinkModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        _options = options ?? LinkerOptions.Default;
        _encoder = encoder;
        _givenModel = model;
    }

    // The shipped model is read from its resource only when a list is linked: every command builds an import service
    // in case the curated bank needs loading, and most never link anything.
    private LinkModel Model => _givenModel ?? LinkModel.Shipped;

    /// <summary>Returns the cluster id of each item, in input order. Earlier items name their clusters.</summary>
    /// <param name="items">The questions to link.</param>
    /// <param name="cancellationToken">Stops the embedding of a long list between batches.</param>
    public IReadOnlyList<string> Link(IReadOnlyList<LinkItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Any(i => i.IsExercise))
        {
            // Exercises name their own clusters; the rest link exactly as they would without them.
            var others = items.Where(i => !i.IsExercise).ToList();
            var linked = new Queue<string>(Link(others, cancellationToken));
            return [.. items.Select(i => i.IsExercise ? i.Id : linked.Dequeue())];
        }

        var texts = TextsToLink(items);
        var model = SimilarityModel.Build(texts, [.. items.Select(i => i.Context)]);
        bool[] curated = [.. items.Select(i => i.IsCurated)];

        // Curated questions never merge with each other, so a bank of only curated questions needs no embedding.
        var encoder = curated.Contains(false) ? _encoder() : null;
        var edges = encoder is not null
            ? MeaningLinks(model, texts, curated, Embeddings.Of(encoder, texts, curated, [.. items.Select(i => i.Answer)], vectors => ComparedAnswers(curated, vectors), cancellationToken))
            : CandidateEdges(model, curated);
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

    /// <summary>
    /// The texts the linker compares and embeds: a curated question's own, an imported question's with its misspelt words
    /// corrected to the curated bank's spelling (<see cref="BankSpelling"/>; left as they are when no curated question is given).
    /// </summary>
    public static string[] TextsToLink(IReadOnlyList<LinkItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!items.Any(i => i.IsCurated) || items.All(i => i.IsCurated))
        {
            return [.. items.Select(i => i.Text)];
        }

        var spelling = BankSpelling.From(items.Where(i => i.IsCurated).SelectMany(i => (string[])[i.Text, i.Context, i.Answer]));
        return [.. items.Select(i => i.IsCurated ? i.Text : spelling.Correct(i.Text))];
    }

    /// <summary>Scored pairs above the threshold, each pair once.</summary>
    internal List<(int A, int B, float Score)> CandidateEdges(SimilarityModel model, bool[] curated)
    {
        var edges = new List<(int, int, float)>();
        foreach (var (j, i) in BlockedPairs(model, curated))
        {
            var score = model.ScoreAtLeast(i, j, _options.Threshold);
            if (score >= _options.Threshold)
            {
                edges.Add((j, i, score));
            }
        }

        AddCuratedEdges(model, curated, edges);
        return edges;
    }

    /// <summary>
    /// Pairs of questions on the same side (both imported or both curated) that share a blocking key, each once,
    /// earlier index first.
    /// </summary>
    private IEnumerable<(int A, int B)> BlockedPairs(SimilarityModel model, bool[] curated)
    {
        var keysOf = BlockingKeys(model);
        var postings = new Dictionary<int, List<int>>();
        for (var i = 0; i < model.Count; i++)
        {
            foreach (var key in keysOf[i])
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

        var seenBy = new int[model.Count];
        Array.Fill(seenBy, -1);
        for (var i = 0; i < model.Count; i++)
        {
            foreach (var key in keysOf[i])
            {
                var list = postings[key];
                if (list.Count > _options.MaxPostings)
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
                    if (curated[i] == curated[j])
                    {
                        yield return (j, i);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Curated questions are few and worded generally, so every imported question is compared with each
    /// curated question sharing any word with it, common words included (blocking on rare words alone
    /// misses "What is deep learning?" against "How does deep learning differ from machine learning?").
    /// </summary>
    private void AddCuratedEdges(SimilarityModel model, bool[] curated, List<(int A, int B, float Score)> edges)
    {
        var byToken = new Dictionary<int, List<int>>();
        for (var c = 0; c < model.Count; c++)
        {
            if (!curated[c])
            {
                continue;
            }

            foreach (var token in model.TokenIds(c))
            {
                if (!byToken.TryGetValue(token, out var list))
                {
                    byToken[token] = list = [];
                }

                list.Add(c);
            }
        }

        if (byToken.Count == 0)
        {
            return;
        }

        var seenBy = new int[model.Count];
        Array.Fill(seenBy, -1);
        for (var i = 0; i < model.Count; i++)
        {
            if (curated[i])
            {
                continue;
            }

            var linked = false;
            (int Curated, float Score) best = (-1, 0f);
            var second = 0f;
            foreach (var token in model.TokenIds(i))
            {
                if (!byToken.TryGetValue(token, out var list) || list.Count > _options.MaxCuratedPostings)
                {
                    continue;
                }

                foreach (var c in list)
                {
                    if (seenBy[c] == i)
                    {
                        continue;
                    }

                    seenBy[c] = i;
                    var similarity = model.ScoreAtLeast(i, c, Math.Min(_options.CuratedFloor, _options.ClearWinnerFloor));
                    if (AnswersImported(model, i, c, similarity))
                    {
                        edges.Add((Math.Min(i, c), Math.Max(i, c), similarity));
                        linked = true;
                    }

                    if (similarity > best.Score)
                    {
                        second = best.Score;
                        best = (c, similarity);
                    }
                    else if (similarity > second)
                    {
                        second = similarity;
                    }
                }
            }

            // No rule matched, but one curated question stands clearly above every other: it is the one.
            if (!linked && best.Curated >= 0 && best.Score >= _options.ClearWinnerFloor && best.Score - second >= _options.ClearWinnerMargin
                && model.Containment(i, best.Curated) >= _options.ClearWinnerContainment && model.SharesSubject(i, best.Curated))
            {
                edges.Add((Math.Min(i, best.Curated), Math.Max(i, best.Curated), best.Score));
            }
        }
    }

    /// <summary>True when the curated question answers the imported one, given their similarity <paramref name="score"/>.</summary>
    private bool AnswersImported(SimilarityModel model, int imported, int curated, float score)
    {
        if (score >= _options.Threshold)
        {
            return true;
        }

        if (score < _options.CuratedFloor)
        {
            return false;
        }

        // Either the curated question asks everything the imported one does, or the imported one is a long
        // prompt ("Tokenization: what is it, … give examples") built around exactly the curated question.
        return model.Containment(imported, curated) >= _options.CuratedContainment
            || (score >= _options.CuratedPromptFloor && model.Containment(curated, imported) >= _options.CuratedPromptContainment)
            || (score >= _options.CuratedOverlapFloor
                && Math.Max(model.Containment(imported, curated), model.Containment(curated, imported)) >= _options.CuratedOverlapContainment);
    }

    /// <summary>
    /// Each question's keys: its rarest vocabulary ids, plus (as negative numbers) the 5-letter prefixes
    /// of its two rarest words, so that a misspelt rare word still meets its twin.
    /// </summary>
    private int[][] BlockingKeys(SimilarityModel model)
    {
        var prefixIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefixLookup = prefixIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var keysOf = new int[model.Count][];
        var order = new List<int>();
        var keys = new List<int>(_options.BlockingTokens + 2);
        Comparison<int> rarestFirst = (a, b) => model.DocumentFrequency[a] != model.DocumentFrequency[b]
            ? model.DocumentFrequency[a].CompareTo(model.DocumentFrequency[b])
            : string.CompareOrdinal(model.Word(a), model.Word(b));
        for (var i = 0; i < model.Count; i++)
        {
            order.Clear();
            order.AddRange(model.TokenIds(i));
            order.Sort(rarestFirst);
            var take = Math.Min(_options.BlockingTokens, order.Count);
            keys.Clear();
            for (var k = 0; k < take; k++)
            {
                keys.Add(order[k]);
            }

            for (var k = 0; k < Math.Min(2, take); k++)
            {
                var word = model.Word(order[k]);
                if (word.Length > PrefixLength + 1)
                {
                    var prefix = word.AsSpan(0, PrefixLength);
                    if (!prefixLookup.TryGetValue(prefix, out var id))
                    {
                        prefixLookup[prefix] = id = -1 - prefixIds.Count;
                    }

                    keys.Add(id);
                }
            }

            keysOf[i] = [.. keys];
        }

        return keysOf;
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
