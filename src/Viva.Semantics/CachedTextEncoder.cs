using System.Collections.Concurrent;
using Viva.Core.Semantics;

namespace Viva.Semantics;

/// <summary>
/// Remembers every text's embedding by the hash of the text, in memory and, when given a folder, on disk,
/// so the curated bank is encoded once per installation rather than once per session. Only the texts not
/// seen before reach the model, in one batch. Thread-safe.
/// </summary>
public sealed class CachedTextEncoder : ITextEncoder
{
    // Past this many vectors (about 150 MB) the memory cache starts over; the disk keeps everything.
    private const int MaxInMemory = 100_000;

    private readonly ITextEncoder _inner;
    private readonly EmbeddingFile? _file;
    private readonly Lazy<ConcurrentDictionary<UInt128, float[]>> _memory;
    private int _computed;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The model.</param>
    /// <param name="directory">Where the cache file lives (for example <c>$VIVA_HOME/embeddings</c>); null keeps vectors in memory only.</param>
    public CachedTextEncoder(ITextEncoder inner, string? directory)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        if (directory is not null)
        {
            var name = string.Concat(inner.ModelId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
            _file = new EmbeddingFile(Path.Combine(directory, name + ".bin"), inner.ModelId, inner.Dimensions);
        }

        _memory = new(() => new ConcurrentDictionary<UInt128, float[]>(_file?.Load() ?? []));
    }

    /// <inheritdoc/>
    public string ModelId => _inner.ModelId;

    /// <inheritdoc/>
    public int Dimensions => _inner.Dimensions;

    /// <summary>How many texts were sent to the model since this instance was made.</summary>
    public int Computed => Volatile.Read(ref _computed);

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var memory = _memory.Value;
        var vectors = new float[texts.Count][];
        var missing = new Dictionary<UInt128, List<int>>();
        for (var i = 0; i < texts.Count; i++)
        {
            var hash = TextHash.Of(texts[i] ?? string.Empty);
            if (memory.TryGetValue(hash, out var known))
            {
                vectors[i] = known;
            }
            else if (missing.TryGetValue(hash, out var places))
            {
                places.Add(i);
            }
            else
            {
                missing[hash] = [i];
            }
        }

        if (missing.Count == 0)
        {
            return vectors;
        }

        var order = missing.ToList();
        var encoded = _inner.Encode([.. order.Select(p => texts[p.Value[0]] ?? string.Empty)], cancellationToken);
        if (memory.Count + order.Count > MaxInMemory)
        {
            memory.Clear();
        }

        for (var k = 0; k < order.Count; k++)
        {
            memory[order[k].Key] = encoded[k];
            foreach (var i in order[k].Value)
            {
                vectors[i] = encoded[k];
            }
        }

        Interlocked.Add(ref _computed, order.Count);
        _file?.Append(order.Select((p, k) => (p.Key, encoded[k])));
        return vectors;
    }

    /// <inheritdoc/>
    public IReadOnlyList<float[]> EncodeSpans(string text, IReadOnlyList<(int Start, int Length)> spans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var memory = _memory.Value;

        // A span's vector depends on the whole text it was read in, so the key names both.
        var keys = spans.Select(s => TextHash.Of($"{text}\u0001{s.Start},{s.Length}")).ToList();
        var found = keys.Select(k => memory.GetValueOrDefault(k)).ToList();
        if (found.All(v => v is not null))
        {
            return found!;
        }

        var encoded = _inner.EncodeSpans(text, spans, cancellationToken);
        if (memory.Count + keys.Count > MaxInMemory)
        {
            memory.Clear();
        }

        for (var k = 0; k < keys.Count; k++)
        {
            memory[keys[k]] = encoded[k];
        }

        Interlocked.Add(ref _computed, keys.Count);
        _file?.Append(keys.Select((key, k) => (key, encoded[k])));
        return encoded;
    }
}
