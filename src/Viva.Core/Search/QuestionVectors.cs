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
        var questions = (await store.GetAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Question).ToList();
        string[] texts = [.. questions.Select(q => q.Question.Text)];
        if (store is not IEmbeddingStore saved)
        {
            return new QuestionVectors(questions, encoder.Encode(texts, cancellationToken));
        }

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
