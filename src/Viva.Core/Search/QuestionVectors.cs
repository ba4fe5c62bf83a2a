using Viva.Core.Questions;
using Viva.Core.Semantics;
using Viva.Core.Storage;

namespace Viva.Core.Search;

/// <summary>
/// The live questions of a bank with their embeddings, for exact nearest-neighbour search. Embeddings come from the
/// encoder's cache (by text hash), so only questions never seen before are encoded.
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
        return new QuestionVectors(questions, encoder.Encode([.. questions.Select(q => q.Question.Text)], cancellationToken));
    }

    public IEnumerable<(BankQuestion Question, float Cosine)> Nearest(float[] query, int count) =>
        Semantics.Nearest.Top(_all, _vectors, query, count).Select(n => (_questions[n.Index], n.Cosine));
}
