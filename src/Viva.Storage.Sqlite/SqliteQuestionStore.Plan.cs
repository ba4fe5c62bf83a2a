using System.Globalization;
using Viva.Core.Scheduling.Interview;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore : IInterviewPlanStore
{
    // One settings row per user: "yyyy-MM-dd minutes".
    private static string PlanKey(string userId) => $"interview-plan:{userId}";

    /// <inheritdoc/>
    public async Task<InterviewPlan?> GetInterviewPlanAsync(string userId, CancellationToken cancellationToken = default)
    {
        var value = await GetSettingAsync(PlanKey(userId), cancellationToken).ConfigureAwait(false);
        return value?.Split(' ') is [var date, var minutes]
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && int.TryParse(minutes, CultureInfo.InvariantCulture, out var budget)
                ? new InterviewPlan(day, budget)
                : null;
    }

    /// <inheritdoc/>
    public Task SaveInterviewPlanAsync(string userId, InterviewPlan? plan, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = plan is null
            ? "DELETE FROM settings WHERE key = $key"
            : "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", PlanKey(userId));
        if (plan is not null)
        {
            command.Parameters.AddWithValue("$value", string.Create(CultureInfo.InvariantCulture, $"{plan.Date:yyyy-MM-dd} {plan.MinutesPerDay}"));
        }

        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }
}
