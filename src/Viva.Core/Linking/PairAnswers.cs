using Viva.Core.Semantics;

namespace Viva.Core.Linking;

/// <summary>
/// The imported questions' own answers, embedded only when a pair needs them: most questions are never weighed against
/// another, and an answer is longer to embed than its question.
/// </summary>
public sealed class PairAnswers
{
    private readonly ITextEncoder _encoder;
    private readonly IReadOnlyList<string?> _answers;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<int, float[]> _vectors = [];

    /// <summary>Answers <paramref name="answers"/> (null where a question has none), embedded by <paramref name="encoder"/>.</summary>
    /// <param name="encoder">Embeds the answers.</param>
    /// <param name="answers">Each question's own answer, by index, or null.</param>
    /// <param name="cancellationToken">Stops a long batch between chunks.</param>
    public PairAnswers(ITextEncoder encoder, IReadOnlyList<string?> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(answers);
        _encoder = encoder;
        _answers = answers;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Embeds, in one batch, the answers of <paramref name="questions"/> not embedded yet.</summary>
    public void Prepare(IEnumerable<int> questions)
    {
        var missing = questions.Distinct().Where(i => !_vectors.ContainsKey(i) && !string.IsNullOrWhiteSpace(_answers[i])).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var encoded = _encoder.Encode([.. missing.Select(i => _answers[i]!)], _cancellationToken);
        for (var k = 0; k < missing.Count; k++)
        {
            _vectors[missing[k]] = encoded[k];
        }
    }

    /// <summary>The embedding of question <paramref name="i"/>'s answer, or null when it has none (or it was not prepared).</summary>
    public float[]? Of(int i) => _vectors.GetValueOrDefault(i);
}
