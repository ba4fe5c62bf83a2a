using Viva.Core.Scheduling.Interview;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    /// <inheritdoc/>
    public async Task<InterviewPlan?> GetInterviewPlanAsync(string userId, CancellationToken cancellationToken = default) =>
        StoredForms.ParseInterviewPlan(await GetSettingAsync(StoredForms.InterviewPlanKey(userId), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public Task SaveInterviewPlanAsync(string userId, InterviewPlan? plan, CancellationToken cancellationToken = default) =>
        ExecuteAsync(plan is null
            ? "DELETE FROM settings WHERE key = @key"
            : "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", c =>
        {
            c.Parameters.AddWithValue("key", StoredForms.InterviewPlanKey(userId));
            if (plan is not null)
            {
                c.Parameters.AddWithValue("value", StoredForms.InterviewPlanValue(plan));
            }
        }, cancellationToken);
}
