namespace Viva.Core.Linking;

/// <summary>
/// Question-to-question similarity over one collection: a soft, idf-weighted Dice overlap of content
/// tokens. Shared rare words count most; a word only one side has (recall in "precision and recall")
/// pulls the score down; a misspelt word still meets its twin through character trigrams.
/// </summary>
public sealed class SimilarityModel
{
    /// <summary>Trigram Dice from which two different tokens count as the same word misspelt.</summary>
    public const float SoftMatchFloor = 0.6f;

    // A padded word of seven letters has seven trigrams.
    private const int MinSoftTrigrams = 7;

    // Words that set the scene rather than name the subject: "dropout neurons" asks about dropout.
    private const float ContextWeight = 0.35f;

    private static readonly HashSet<string> ContextWords = new(StringComparer.Ordinal)
    {
        "dl", "ml", "ai", "nn", "neuron", "network", "algorithm", "learn", "process", "problem", "system", "task",
        "deep", "machine", "field", "domain", "real", "world", "practice", "project", "scenario", "case",
    };

    private readonly int[][] _tokens;
    private readonly float[] _idf;
    private readonly float[] _mass;
    private readonly int[][] _trigrams;
    private readonly string[] _words;
    private readonly string[][] _numbers;
    private readonly int[][] _withContext;
    private readonly int[] _softInitial;
    private readonly Dictionary<string, int> _vocabulary;

    private SimilarityModel(int[] df, int[][] ids, float[] idf, float[] mass, string[] words, string[][] numbers, int[][] withContext, Dictionary<string, int> vocabulary)
    {
        _vocabulary = vocabulary;
        _withContext = withContext;
        _words = words;
        _trigrams = new int[words.Length][];
        _softInitial = SoftInitials(words);
        DocumentFrequency = df;
        _tokens = ids;
        _idf = idf;
        _mass = mass;
        _numbers = numbers;
    }

    /// <summary>How many texts the model holds.</summary>
    public int Count => _tokens.Length;

    /// <summary>The distinct vocabulary ids of text <paramref name="i"/>.</summary>
    internal int[] TokenIds(int i) => _tokens[i];

    /// <summary>The distinct vocabulary ids of text <paramref name="i"/> with those of its context words.</summary>
    internal int[] TokenIdsInContext(int i) => _withContext[i];

    /// <summary>The spelling of vocabulary id <paramref name="id"/>.</summary>
    internal string Word(int id) => _words[id];

    /// <summary>How many texts carry each vocabulary id.</summary>
    internal int[] DocumentFrequency { get; }

    /// <summary>Builds the model for <paramref name="texts"/>; idf weights come from this collection.</summary>
    /// <param name="texts">The questions.</param>
    /// <param name="contexts">
    /// For each text, words that say what it is about without being part of it (a curated question's tags), or null:
    /// they count only in <see cref="ContextContainment"/> and <see cref="SharesSubjectInContext"/>, never in the idf weights.
    /// </param>
    public static SimilarityModel Build(IReadOnlyList<string> texts, IReadOnlyList<string>? contexts = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        var ids = new int[texts.Count][];
        var numbers = new string[texts.Count][];
        var distinct = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            var tokens = TextNormalizer.Tokens(texts[i]);
            distinct.Clear();
            foreach (var token in tokens)
            {
                if (!vocabulary.TryGetValue(token, out var id))
                {
                    id = vocabulary.Count;
                    vocabulary[token] = id;
                    df.Add(0);
                }

                if (!distinct.Contains(id))
                {
                    distinct.Add(id);
                    df[id]++;
                }
            }

            ids[i] = [.. distinct];
            numbers[i] = Numbers(tokens);
        }

        var n = texts.Count;
        var idf = new float[df.Count];
        foreach (var (word, id) in vocabulary)
        {
            var weight = Math.Max((float)Math.Log((n + 1.0) / (df[id] + 0.5)), 0.1f);
            idf[id] = ContextWords.Contains(word) ? weight * ContextWeight : weight;
        }

        var mass = new float[n];
        for (var i = 0; i < n; i++)
        {
            // In double, in order, as Enumerable.Sum adds floats.
            double sum = 0;
            foreach (var id in ids[i])
            {
                sum += idf[id];
            }

            mass[i] = (float)sum;
        }

        var words = new string[vocabulary.Count];
        foreach (var (word, id) in vocabulary)
        {
            words[id] = word;
        }

        return new SimilarityModel([.. df], ids, idf, mass, words, numbers, WithContext(ids, contexts, vocabulary), vocabulary);
    }

    /// <summary>
    /// Each text's ids together with those of its context words that the texts also use (a context word no question
    /// uses can cover nothing); the text's own array when it has no context.
    /// </summary>
    private static int[][] WithContext(int[][] ids, IReadOnlyList<string>? contexts, Dictionary<string, int> vocabulary)
    {
        var result = new int[ids.Length][];
        for (var i = 0; i < ids.Length; i++)
        {
            result[i] = ids[i];
            if (contexts is null || i >= contexts.Count || string.IsNullOrWhiteSpace(contexts[i]))
            {
                continue;
            }

            var extra = TextNormalizer.Tokens(contexts[i]).Select(t => vocabulary.GetValueOrDefault(t, -1))
                .Where(id => id >= 0 && !ids[i].Contains(id)).Distinct().ToArray();
            if (extra.Length > 0)
            {
                result[i] = [.. ids[i], .. extra];
            }
        }

        return result;
    }

    /// <summary>The distinct all-digit tokens, sorted; shared empty array when there are none (the usual case).</summary>
    private static string[] Numbers(List<string> tokens)
    {
        List<string>? found = null;
        foreach (var token in tokens)
        {
            if (token.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 && !(found?.Contains(token) ?? false))
            {
                (found ??= []).Add(token);
            }
        }

        if (found is null)
        {
            return [];
        }

        found.Sort(StringComparer.Ordinal);
        return [.. found];
    }

    /// <summary>Similarity of texts <paramref name="i"/> and <paramref name="j"/>, from 0 (unrelated) to 1 (same words).</summary>
    public float Score(int i, int j)
    {
        var total = _mass[i] + _mass[j];
        if (total <= 0)
        {
            return 0;
        }

        return ScoreWithin(i, j, total);
    }

    /// <summary>Like <see cref="Score"/>, but 0 as soon as the pair provably cannot reach <paramref name="floor"/>.</summary>
    internal float ScoreAtLeast(int i, int j, float floor)
    {
        var total = _mass[i] + _mass[j];

        // Even full coverage of the lighter side cannot lift the score above 2·min/(sum).
        if (total <= 0 || 2 * Math.Min(_mass[i], _mass[j]) / total < floor)
        {
            return 0;
        }

        return ScoreWithin(i, j, total);
    }

    private float ScoreWithin(int i, int j, float total)
    {
        var score = (Covered(_tokens[i], _tokens[j]) + Covered(_tokens[j], _tokens[i])) / total;

        // "Type 1" and "Type 2", "ResNet-18" and "ResNet-50": differing numbers change the question.
        if (_numbers[i].Length > 0 && _numbers[j].Length > 0 && !_numbers[i].AsSpan().SequenceEqual(_numbers[j]))
        {
            score *= 0.5f;
        }

        return score;
    }

    /// <summary>The share (0–1) of text <paramref name="i"/>'s weighted words that text <paramref name="j"/> also has.</summary>
    internal float Containment(int i, int j) => _mass[i] <= 0 ? 0 : Covered(_tokens[i], _tokens[j]) / _mass[i];

    /// <summary>The distinct vocabulary ids of <paramref name="tokens"/> (normalised tokens); tokens no text uses are left out.</summary>
    internal int[] IdsOf(IEnumerable<string> tokens)
    {
        var ids = new List<int>();
        foreach (var token in tokens)
        {
            if (_vocabulary.TryGetValue(token, out var id) && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    /// <summary>The share (0–1) of the weighted words (vocabulary ids) <paramref name="part"/> that <paramref name="other"/> also has (0 for no words).</summary>
    internal float Share(int[] part, int[] other)
    {
        double mass = 0;
        foreach (var id in part)
        {
            mass += _idf[id];
        }

        return mass <= 0 ? 0 : (float)(Covered(part, other) / mass);
    }

    /// <summary>Like <see cref="Containment"/>, with text <paramref name="j"/>'s context words counted as its own.</summary>
    internal float ContextContainment(int i, int j) => _mass[i] <= 0 ? 0 : Covered(_tokens[i], _withContext[j]) / _mass[i];

    /// <summary>Like <see cref="SharesSubject"/>, with text <paramref name="j"/>'s context words counted as its own.</summary>
    internal bool SharesSubjectInContext(int i, int j) => HasSubjectOf(i, _withContext[j]);

    /// <summary>True when text <paramref name="j"/> has text <paramref name="i"/>'s most telling word: its subject.</summary>
    internal bool SharesSubject(int i, int j) => HasSubjectOf(i, _tokens[j]);

    private bool HasSubjectOf(int i, int[] words)
    {
        var subject = -1;
        foreach (var token in _tokens[i])
        {
            if (subject < 0 || _idf[token] > _idf[subject])
            {
                subject = token;
            }
        }

        return subject >= 0 && Covered([subject], words) > 0;
    }

    /// <summary>
    /// True when text <paramref name="j"/> has text <paramref name="i"/>'s first content word: a question usually names its
    /// subject first ("What are memory networks in deep learning?" is about memory networks, not deep learning).
    /// </summary>
    internal bool SharesFirstWord(int i, int j) => _tokens[i].Length == 0 || Covered([_tokens[i][0]], _tokens[j]) > 0;

    /// <summary>The idf mass of <paramref name="from"/> that <paramref name="to"/> covers, exactly or through a misspelling.</summary>
    private float Covered(int[] from, int[] to)
    {
        float covered = 0;
        foreach (var a in from)
        {
            // An exact match is worth 1, more than any misspelling: look for it first, in one vectorised pass.
            float best = 0;
            if (to.AsSpan().Contains(a))
            {
                best = 1;
            }
            else if (_softInitial[a] >= 0)
            {
                foreach (var b in to)
                {
                    if (!MaySoftMatch(a, b))
                    {
                        continue;
                    }

                    var dice = Dice(TrigramsOf(a), TrigramsOf(b));
                    if (dice >= SoftMatchFloor && dice > best)
                    {
                        best = dice;
                    }
                }
            }

            covered += best * _idf[a];
        }

        return covered;
    }

    /// <summary>Cheap necessary conditions for a typo match: both words long enough, same first letter, similar length.</summary>
    private bool MaySoftMatch(int a, int b) =>
        _softInitial[a] >= 0 && _softInitial[a] == _softInitial[b] && Math.Abs(_words[a].Length - _words[b].Length) <= 3;

    /// <summary>
    /// For each vocabulary id, its word's first letter, or -1 for a word too short to be forgiven a typo: a word of fewer
    /// letters than <see cref="MinSoftTrigrams"/> has fewer distinct trigrams than <see cref="Dice"/> asks of both sides.
    /// </summary>
    private static int[] SoftInitials(string[] words)
    {
        var initials = new int[words.Length];
        for (var id = 0; id < words.Length; id++)
        {
            initials[id] = words[id].Length >= MinSoftTrigrams ? words[id][0] : -1;
        }

        return initials;
    }

    private static float Dice(int[] a, int[] b)
    {
        // Only long words are forgiven typos: "typei" and "typeii" are different questions.
        if (a.Length < MinSoftTrigrams || b.Length < MinSoftTrigrams)
        {
            return 0;
        }

        int x = 0, y = 0, shared = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                shared++;
                x++;
                y++;
            }
            else if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return 2f * shared / (a.Length + b.Length);
    }

    // Computed on first use: most words never need a typo comparison.
    private int[] TrigramsOf(int id) => _trigrams[id] ??= Trigrams(_words[id]);

    private static int[] Trigrams(string token)
    {
        var padded = $" {token} ";
        var grams = new int[padded.Length - 2];
        for (var k = 0; k < grams.Length; k++)
        {
            grams[k] = string.GetHashCode(padded.AsSpan(k, 3), StringComparison.Ordinal);
        }

        Array.Sort(grams);
        var unique = grams.Length == 0 ? 0 : 1;
        for (var k = 1; k < grams.Length; k++)
        {
            if (grams[k] != grams[unique - 1])
            {
                grams[unique++] = grams[k];
            }
        }

        return unique == grams.Length ? grams : grams[..unique];
    }
}
