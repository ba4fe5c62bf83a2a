using Viva.Core.Semantics;

namespace Viva.Core.Linking;

/// <summary>
/// The embeddings the meaning-aware linker compares: every question's, and each imported question's opening
/// (<see cref="PromptOpening"/>), which is the question's own embedding when it has no separate opening.
/// </summary>
/// <param name="Questions">One embedding per question.</param>
/// <param name="Openings">One embedding per question, of its opening.</param>
public sealed record Embeddings(IReadOnlyList<float[]> Questions, IReadOnlyList<float[]> Openings)
{
    /// <summary>Embeds <paramref name="texts"/> and the openings of those not <paramref name="curated"/>, in two batches.</summary>
    public static Embeddings Of(ITextEncoder encoder, IReadOnlyList<string> texts, IReadOnlyList<bool> curated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(curated);
        var questions = encoder.Encode(texts, cancellationToken);
        var openings = new float[texts.Count][];
        var separate = new List<(int Index, string Opening)>();
        for (var i = 0; i < texts.Count; i++)
        {
            openings[i] = questions[i];
            if (!curated[i] && PromptOpening.Of(texts[i]) is { } opening)
            {
                separate.Add((i, opening));
            }
        }

        if (separate.Count > 0)
        {
            var encoded = encoder.Encode([.. separate.Select(s => s.Opening)], cancellationToken);
            for (var k = 0; k < separate.Count; k++)
            {
                openings[separate[k].Index] = encoded[k];
            }
        }

        return new Embeddings(questions, openings);
    }
}
