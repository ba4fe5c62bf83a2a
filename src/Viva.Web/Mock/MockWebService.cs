using Viva.Core.Analytics;
using Viva.Core.Mock;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;
using Viva.Web.Data;
using Viva.Web.Grading;

namespace Viva.Web.Mock;

/// <summary>
/// Mock interviews over HTTP, where no session lives between requests: the saved mock (track, level, seed, length)
/// draws the same questions again on every request, and the next question is the first one not yet answered.
/// Follow-ups come from shared tags here, so no request waits for the whole bank to be embedded.
/// </summary>
public sealed class MockWebService(BankLease bank, ReviewService reviews, IPracticeGrader grader, TimeProvider time)
{
    private MockService Mocks => new(bank.Store, time, reviews.UserId);

    /// <summary>Draws and saves a new mock; returns its id, or null when no question matches.</summary>
    public async Task<long?> StartAsync(MockOptions options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var plan = await PlanAsync(options, now, cancellationToken);
        return plan.Items.Count == 0 ? null : await Mocks.StartAsync(plan, now, cancellationToken);
    }

    /// <summary>One of the user's mocks, or null.</summary>
    public Task<MockRecord?> FindAsync(long id, CancellationToken cancellationToken) => bank.Store.GetMockAsync(reviews.UserId, id, cancellationToken);

    /// <summary>The user's mocks, newest first.</summary>
    public Task<IReadOnlyList<MockRecord>> HistoryAsync(CancellationToken cancellationToken) => bank.Store.GetMocksAsync(reviews.UserId, cancellationToken);

    /// <summary>The question to answer next in <paramref name="mock"/>, or null when it is over (all asked, or time up).</summary>
    public async Task<MockItem?> NextAsync(MockRecord mock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mock);
        if (mock.FinishedAt is not null || time.GetUtcNow() - mock.StartedAt >= TimeSpan.FromMinutes(mock.Minutes))
        {
            return null;
        }

        var plan = await PlanAsync(OptionsOf(mock), mock.StartedAt, cancellationToken);
        return plan.Items.FirstOrDefault(i => i.Position == mock.Answers.Count + 1);
    }

    /// <summary>Grades and saves the answer to <paramref name="item"/>.</summary>
    public async Task AnswerAsync(MockRecord mock, MockItem item, string answer, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mock);
        ArgumentNullException.ThrowIfNull(item);
        MockGrade? grade = null;
        if (answer.Length > 0)
        {
            var result = await grader.GradeAsync(item.Question.Question, item.Question.Question.Question.Answer, answer, cancellationToken);
            grade = result.Score is { } score ? new MockGrade(score, result.Covered, result.Missed) : null;
        }

        await Mocks.RecordAsync(mock.Id, item, answer, grade, duration, cancellationToken);
    }

    /// <summary>Ends the mock (if it is not already) and returns its report.</summary>
    public async Task<MockReport?> FinishAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } mock)
        {
            return null;
        }

        return mock.FinishedAt is null ? await Mocks.FinishAsync(id, cancellationToken) : MockReport.From(mock);
    }

    private static MockOptions OptionsOf(MockRecord mock) =>
        new(MockTrack.FromTitle(mock.Track) ?? MockTrack.MlEngineer, mock.Questions, mock.Minutes, LevelNames.FromWord(mock.Level), mock.Seed);

    // The draw weighs areas by the user's recall when the mock started, so that every request draws the same questions
    // although recall fades by the minute and the user may practise in another tab while the mock runs.
    private async Task<MockPlan> PlanAsync(MockOptions options, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var candidates = await MockCandidates.LoadAsync(bank.Store, cancellationToken);
        var readiness = StatsCalculator.Compute(await CardsAtAsync(startedAt, cancellationToken), [], reviews.Scheduler, startedAt, 0)
            .Topics.ToDictionary(t => t.Topic, t => t.MeanRecall, StringComparer.Ordinal);
        return await MockPlanner.PlanAsync(candidates, options, readiness, new TagFollowUpFinder(candidates), cancellationToken);
    }

    // The user's cards as they stood at a moment: a card reviewed since then takes the state before its first later review.
    private async Task<IReadOnlyList<CardOverview>> CardsAtAsync(DateTimeOffset moment, CancellationToken cancellationToken)
    {
        var cards = await bank.Store.GetCardsAsync(reviews.UserId, cancellationToken);
        var since = await bank.Store.GetReviewsAsync(reviews.UserId, moment, cancellationToken);
        var before = since.Where(r => r.ReviewedAt > moment).GroupBy(r => r.CardId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MinBy(r => r.ReviewedAt)!.Before, StringComparer.Ordinal);
        return before.Count == 0 ? cards
            : [.. cards.Select(c => before.TryGetValue(c.CardId, out var then) ? c with { Card = then.Phase == CardPhase.New ? null : then } : c)];
    }
}
