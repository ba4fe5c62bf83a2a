namespace Viva.Core.Semantics;

/// <summary>
/// Where a bank keeps its questions' embeddings, keyed by model and <see cref="TextHash"/> of the text, so that a
/// question is encoded once, not once per session or per search.
/// </summary>
public interface IEmbeddingStore
{
    /// <summary>
    /// Names the bank's questions as they are now: the same string means the same questions with the same texts and
    /// clusters, so an index built from them can be reused; it changes with every import.
    /// </summary>
    Task<string> GetQuestionsVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored embedding of <paramref name="model"/>, by text hash.</summary>
    Task<IReadOnlyDictionary<UInt128, float[]>> GetEmbeddingsAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="vectors"/> for <paramref name="model"/>, replacing any under the same hash.</summary>
    Task SaveEmbeddingsAsync(string model, IReadOnlyDictionary<UInt128, float[]> vectors, CancellationToken cancellationToken = default);
}
