using Viva.Core.Scheduling.Interview;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore : IInterviewPlanStore
{
    /// <inheritdoc/>
    public async Task<InterviewPlan?> GetInterviewPlanAsync(string userId, CancellationToken cancellationToken = default)
    {
        // One settings row per user.
        return StoredForms.ParseInterviewPlan(await GetSettingAsync(StoredForms.InterviewPlanKey(userId), cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public Task SaveInterviewPlanAsync(string userId, InterviewPlan? plan, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = plan is null
            ? "DELETE FROM settings WHERE key = $key"
            : "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", StoredForms.InterviewPlanKey(userId));
        if (plan is not null)
        {
            command.Parameters.AddWithValue("$value", StoredForms.InterviewPlanValue(plan));
        }

        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }
}
