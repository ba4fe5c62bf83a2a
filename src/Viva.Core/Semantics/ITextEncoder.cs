namespace Viva.Core.Semantics;

/// <summary>
/// Turns texts into sentence embeddings: unit-length vectors whose dot product measures how close two texts
/// are in meaning. Core declares the port; an implementation with a neural model lives outside Core so that
/// Core keeps no native dependency. Implementations are thread-safe.
/// </summary>
public interface ITextEncoder
{
    /// <summary>Names the model and its version; embeddings of different models are never compared.</summary>
    string ModelId { get; }

    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One unit-length vector per text, in order. Empty texts get a zero vector.</summary>
    /// <param name="texts">Plain texts; long ones are truncated by the model.</param>
    /// <param name="cancellationToken">Stops a long batch between chunks.</param>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>
    /// One unit-length vector per span of <paramref name="text"/>, in order. A model that can reads the text once and
    /// pools each span from the words inside it, in the context of the whole text, which is much cheaper than
    /// encoding every span on its own; this default encodes each span's text on its own.
    /// </summary>
    /// <param name="text">The whole text (an answer).</param>
    /// <param name="spans">Character ranges of <paramref name="text"/>; a span covering all of it gives the text's own vector.</param>
    /// <param name="cancellationToken">Stops a long batch between chunks.</param>
    IReadOnlyList<float[]> EncodeSpans(string text, IReadOnlyList<(int Start, int Length)> spans, CancellationToken cancellationToken = default) =>
        Encode([.. spans.Select(s => text.Substring(s.Start, s.Length))], cancellationToken);
}
