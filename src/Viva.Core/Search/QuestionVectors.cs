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
    // The index last built of each kind (questions alone, questions with their answers' opening), reused while the bank
    // is unchanged: a search over 100k questions then costs the query's encoding and one pass of dot products, not a
    // reload. One entry per kind bounds the memory to one bank's vectors.
    private static readonly (string Key, QuestionVectors Index)?[] Last = new (string, QuestionVectors)?[2];
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

    /// <summary>The index of the bank's questions, each encoded alone or, with <paramref name="withAnswers"/>, followed by the opening of its answer.</summary>
    public static async Task<QuestionVectors> BuildAsync(IQuestionStore store, ITextEncoder encoder, bool withAnswers, CancellationToken cancellationToken)
    {
        if (store is not IEmbeddingStore saved)
        {
            var all = (await store.GetAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Question).ToList();
            return new QuestionVectors(all, encoder.Encode([.. all.Select(q => TextOf(q, withAnswers))], cancellationToken));
        }

        var slot = withAnswers ? 1 : 0;
        var key = $"{await saved.GetQuestionsVersionAsync(cancellationToken).ConfigureAwait(false)}|{encoder.ModelId}";
        lock (Gate)
        {
            if (Last[slot] is { } last && last.Key == key)
            {
                return last.Index;
            }
        }

        var questions = (await store.GetAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Question).ToList();
        var index = await LoadAsync(saved, encoder, questions, [.. questions.Select(q => TextOf(q, withAnswers))], cancellationToken).ConfigureAwait(false);
        lock (Gate)
        {
            Last[slot] = (key, index);
        }

        return index;
    }

    // The answer's opening says in other words what the question is about ("a big model teaches a small one").
    private static string TextOf(BankQuestion question, bool withAnswer) =>
        withAnswer && AnswerSnippet.From(question.Question.Answer, AnswerOpening) is { Length: > 0 } opening
            ? $"{question.Question.Text} {opening}"
            : question.Question.Text;

    private const int AnswerOpening = 300;

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
