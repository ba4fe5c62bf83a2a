using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Core.Mock;

/// <summary>
/// Saves a mock interview as it runs: the mock when it starts, each graded answer as soon as it is given, the end.
/// It writes only to the mock tables: a mock answer is a rehearsal, not a spaced-repetition review, so card
/// schedules and the review log (what FSRS is fitted to) are left as they were.
/// </summary>
/// <param name="store">Where mocks are kept.</param>
/// <param name="time">The clock.</param>
/// <param name="userId">Whose mocks.</param>
public sealed class MockService(IMockStore store, TimeProvider time, string userId)
{
    /// <summary>Whose mocks.</summary>
    public string UserId => userId;

    /// <summary>Records the start of <paramref name="plan"/> now; returns the new mock's id.</summary>
    public Task<long> StartAsync(MockPlan plan, CancellationToken cancellationToken = default) => StartAsync(plan, time.GetUtcNow(), cancellationToken);

    /// <summary>Records the start of <paramref name="plan"/> at <paramref name="startedAt"/> (when it was drawn); returns the new mock's id.</summary>
    public Task<long> StartAsync(MockPlan plan, DateTimeOffset startedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var options = plan.Options;
        var record = new MockRecord(0, userId, startedAt, null, options.Track.Title, options.Level?.ToName(), options.Seed, plan.Items.Count, options.Minutes, []);
        return store.StartMockAsync(record, cancellationToken);
    }

    /// <summary>Saves the answer to <paramref name="item"/> (empty when skipped) with its grade, and returns it.</summary>
    public async Task<MockAnswer> RecordAsync(long mockId, MockItem item, string answer, MockGrade? grade, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answer);
        var question = item.Question;
        var saved = new MockAnswer(item.Position, question.CardId, question.Area, question.Text, item.FollowUpOf, answer, grade?.Score,
            grade?.Covered ?? [], grade?.Missed ?? question.Question.Question.Curated?.KeyPoints ?? [], question.Question.Question.Answer, duration);
        await store.SaveMockAnswerAsync(mockId, saved, cancellationToken).ConfigureAwait(false);
        return saved;
    }

    /// <summary>Marks the mock finished and returns its report.</summary>
    public async Task<MockReport> FinishAsync(long mockId, CancellationToken cancellationToken = default)
    {
        await store.FinishMockAsync(mockId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await ReportAsync(mockId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"mock {mockId} was not saved");
    }

    /// <summary>The report of one of the user's mocks, or null when there is no such mock.</summary>
    public async Task<MockReport?> ReportAsync(long mockId, CancellationToken cancellationToken = default) =>
        await store.GetMockAsync(userId, mockId, cancellationToken).ConfigureAwait(false) is { } mock ? MockReport.From(mock) : null;
}
