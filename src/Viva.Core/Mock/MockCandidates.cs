using Viva.Core.Storage;

namespace Viva.Core.Mock;

/// <summary>Reads the questions a mock can ask from the bank: curated ones, which have a reference answer and key points to grade against.</summary>
public static class MockCandidates
{
    /// <summary>Every curated question of the bank, one per card, with how many documents ask it.</summary>
    public static async Task<IReadOnlyList<MockCandidate>> LoadAsync(IQuestionStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = await store.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<MockCandidate>();
        foreach (var question in all.Select(s => s.Question).Where(q => q.IsCurated).DistinctBy(q => q.Cluster))
        {
            if (MockCandidate.AreaOf(question) is { } area)
            {
                var asked = await store.GetDocumentCountAsync(question.Cluster, cancellationToken).ConfigureAwait(false);
                list.Add(new MockCandidate(question.Cluster, question, area, asked));
            }
        }

        return list;
    }
}
