using Viva.Core.Mock;

namespace Viva.Core.Storage;

/// <summary>Saved mock interviews, per user, apart from the review log (a mock answer never changes a card's schedule).</summary>
public interface IMockStore
{
    /// <summary>Records the start of a mock (its answers are ignored); returns its id.</summary>
    Task<long> StartMockAsync(MockRecord mock, CancellationToken cancellationToken = default);

    /// <summary>Adds one graded answer to mock <paramref name="mockId"/>, committed before it returns.</summary>
    Task SaveMockAnswerAsync(long mockId, MockAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Marks mock <paramref name="mockId"/> finished.</summary>
    Task FinishMockAsync(long mockId, DateTimeOffset finishedAt, CancellationToken cancellationToken = default);

    /// <summary>The user's mocks with their answers, newest first.</summary>
    Task<IReadOnlyList<MockRecord>> GetMocksAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>One of the user's mocks, or null when the user has none with that id.</summary>
    Task<MockRecord?> GetMockAsync(string userId, long mockId, CancellationToken cancellationToken = default);
}
