using Viva.Core.Search;
using Viva.Core.Semantics;
using Viva.Core.Storage;

namespace Viva.Core.Mock;

/// <summary>
/// Related questions by meaning, as the question page and practice show them (<see cref="HybridSearch.RelatedAsync"/>),
/// kept to the mock's candidates; by tags when the sentence encoder is not available.
/// </summary>
public sealed class MeaningFollowUpFinder(IQuestionStore store, Func<ITextEncoder?> encoder, IReadOnlyList<MockCandidate> candidates) : IFollowUpFinder
{
    private readonly Dictionary<string, MockCandidate> _byCard = candidates.ToDictionary(c => c.CardId, StringComparer.Ordinal);
    private readonly TagFollowUpFinder _tags = new(candidates);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<MockCandidate>> NearestAsync(MockCandidate question, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (encoder() is null)
        {
            return await _tags.NearestAsync(question, count, cancellationToken).ConfigureAwait(false);
        }

        var related = await new HybridSearch(store, encoder).RelatedAsync(question.Question, count, cancellationToken).ConfigureAwait(false);
        return [.. related.Select(q => _byCard.GetValueOrDefault(q.Cluster)).OfType<MockCandidate>()];
    }
}
