using Viva.Core.Questions;
using Viva.Core.Semantics;
using Viva.Core.Storage;

namespace Viva.Core.Search;

/// <summary>
/// The live questions of a bank with their embeddings, for exact nearest-neighbour search. A bank that stores
/// embeddings (<see cref="IEmbeddingStore"/>) keeps them, so only questions never seen before are encoded.
/// </summary>
internal sealed class QuestionVectors
{
    // The index last built, reused while the bank is unchanged: a search over 100k questions then costs the query's
    // encoding and one pass of dot products, not a reload. One entry bounds the memory to one bank's vectors.
    private static (string Key, QuestionVectors Index)? _last;
    private static readonly Lock Gate = new();

    private readonly IReadOnlyList<BankQuestion> _questions;
    private readonly IReadOnlyList<float[]> _vectors;
    private readonly int[] _all;

    private QuestionVectors(IReadOnlyList<BankQuestion> questions, IReadOnlyList<float[]> vectors)
    {
        _questions = questions;
        _vectors = vectors;
        _all = [.. Enumerable.Range(0, questions.Count)];
    }

    public static async Task<QuestionVectors> BuildAsync(IQuestionStore store, ITextEncoder encoder, CancellationToken cancellationToken)
    {
        if (store is not IEmbeddingStore saved)
        {
            var all = (await store.GetAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Question).ToList();
            return new QuestionVectors(all, encoder.Encode([.. all.Select(q => q.Question.Text)], cancellationToken));
        }

        var key = $"{await saved.GetQuestionsVersionAsync(cancellationToken).ConfigureAwait(false)}|{encoder.ModelId}";
        lock (Gate)
        {
            if (_last is { } last && last.Key == key)
            {
                return last.Index;
            }
        }

        var questions = (await store.GetAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Question).ToList();
        var index = await LoadAsync(saved, encoder, questions, [.. questions.Select(q => q.Question.Text)], cancellationToken).ConfigureAwait(false);
        lock (Gate)
        {
            _last = (key, index);
        }

        return index;
    }

    private static async Task<QuestionVectors> LoadAsync(IEmbeddingStore saved, ITextEncoder encoder, List<BankQuestion> questions, string[] texts, CancellationToken cancellationToken)
    {
        var known = await saved.GetEmbeddingsAsync(encoder.ModelId, cancellationToken).ConfigureAwait(false);
        var keys = texts.Select(TextHash.Of).ToArray();
        var vectors = new float[texts.Length][];
        var missing = Enumerable.Range(0, texts.Length).Where(i => !known.TryGetValue(keys[i], out vectors[i]!) || vectors[i].Length != encoder.Dimensions).ToList();
        if (missing.Count > 0)
        {
            var fresh = encoder.Encode([.. missing.Select(i => texts[i])], cancellationToken);
            var news = new Dictionary<UInt128, float[]>();
            for (var k = 0; k < missing.Count; k++)
            {
                vectors[missing[k]] = fresh[k];
                news[keys[missing[k]]] = fresh[k];
            }

            await saved.SaveEmbeddingsAsync(encoder.ModelId, news, cancellationToken).ConfigureAwait(false);
        }

        return new QuestionVectors(questions, vectors);
    }

    public IEnumerable<(BankQuestion Question, float Cosine)> Nearest(float[] query, int count) =>
        Semantics.Nearest.Top(_all, _vectors, query, count).Select(n => (_questions[n.Index], n.Cosine));
}
