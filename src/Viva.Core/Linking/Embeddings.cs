using Viva.Core.Semantics;

namespace Viva.Core.Linking;

/// <summary>
/// The embeddings the meaning-aware linker compares: every question's, each imported question's opening
/// (<see cref="PromptOpening"/>), which is the question's own embedding when it has no separate opening, and the
/// opening of each question's own answer (<see cref="LinkItem.Answer"/>), null where it has none.
/// </summary>
/// <param name="Questions">One embedding per question.</param>
/// <param name="Openings">One embedding per question, of its opening.</param>
/// <param name="Answers">One embedding per question, of its answer's opening, or null when it has no answer.</param>
public sealed record Embeddings(IReadOnlyList<float[]> Questions, IReadOnlyList<float[]> Openings, IReadOnlyList<float[]?> Answers)
{
    /// <summary>
    /// Embeds <paramref name="texts"/>, the openings of those not <paramref name="curated"/>, and the non-empty
    /// <paramref name="answers"/> (none when null), in three batches. When <paramref name="answerNeeded"/> is given it
    /// sees the questions' embeddings and says which answers will be compared, and only those are embedded: a small
    /// import then embeds the answers of its few candidates rather than the whole bank's.
    /// </summary>
    public static Embeddings Of(ITextEncoder encoder, IReadOnlyList<string> texts, IReadOnlyList<bool> curated, IReadOnlyList<string>? answers = null, Func<IReadOnlyList<float[]>, bool[]>? answerNeeded = null, CancellationToken cancellationToken = default)
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

        var answered = new float[]?[texts.Count];
        var needed = answers is not null && answerNeeded is not null ? answerNeeded(questions) : null;
        var given = Enumerable.Range(0, answers?.Count ?? 0).Where(i => answers![i].Length > 0 && (needed is null || needed[i])).ToList();
        if (given.Count > 0)
        {
            var encoded = encoder.Encode([.. given.Select(i => answers![i])], cancellationToken);
            for (var k = 0; k < given.Count; k++)
            {
                answered[given[k]] = encoded[k];
            }
        }

        return new Embeddings(questions, openings, answered);
    }
}
