using Viva.Core.Scheduling.Interview;
using Viva.Storage.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>Each user's interview plan, in SQLite and PostgreSQL.</summary>
public sealed class InterviewPlanStoreTests : IDisposable
{
    private TestBank? _bank;

    public void Dispose() => _bank?.Dispose();

    [Theory, SqliteStore, PostgresStore]
    public async Task A_plan_is_kept_per_user_replaced_and_cleared(string kind)
    {
        // Given
        _bank = new TestBank(kind);
        var store = _bank.Open();

        // When
        await store.SaveInterviewPlanAsync("ada", new InterviewPlan(new DateOnly(2027, 1, 15), 30));
        await store.SaveInterviewPlanAsync("ada", new InterviewPlan(new DateOnly(2027, 2, 1), 45));
        await store.SaveInterviewPlanAsync("bob", new InterviewPlan(new DateOnly(2027, 3, 1), 20));

        // Then
        Assert.Equal(new InterviewPlan(new DateOnly(2027, 2, 1), 45), await _bank.Open().GetInterviewPlanAsync("ada"));
        Assert.Equal(new InterviewPlan(new DateOnly(2027, 3, 1), 20), await store.GetInterviewPlanAsync("bob"));
        Assert.Null(await store.GetInterviewPlanAsync("carol"));

        // When
        await store.SaveInterviewPlanAsync("ada", null);

        // Then
        Assert.Null(await store.GetInterviewPlanAsync("ada"));
        Assert.NotNull(await store.GetInterviewPlanAsync("bob"));
    }
}
