namespace Viva.Core.Mock;

/// <summary>
/// Related questions by their curated tags: the most tags in common relative to both (Jaccard), then the same topic
/// heading, then the most asked. Needs no sentence encoder, so it also serves when the encoder cannot load.
/// </summary>
public sealed class TagFollowUpFinder(IReadOnlyList<MockCandidate> candidates) : IFollowUpFinder
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<MockCandidate>> NearestAsync(MockCandidate question, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tags = question.Tags.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var heading = question.Heading;
        return Task.FromResult<IReadOnlyList<MockCandidate>>([.. candidates
            .Where(c => c.CardId != question.CardId)
            .Select(c => (Candidate: c, Shared: c.Tags.Count(tags.Contains), Union: tags.Union(c.Tags, StringComparer.OrdinalIgnoreCase).Count()))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => (double)c.Shared / c.Union)
            .ThenByDescending(c => heading is not null && c.Candidate.Heading == heading)
            .ThenByDescending(c => c.Candidate.AskedIn)
            .ThenBy(c => c.Candidate.CardId, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Candidate)]);
    }
}
