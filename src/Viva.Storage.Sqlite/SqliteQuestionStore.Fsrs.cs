using Microsoft.Data.Sqlite;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore : IFsrsParameterStore
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<LoggedReview>> GetRatingLogAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT card_id, reviewed_at, rating FROM reviews WHERE user_id = $user AND reviewed_at >= $since ORDER BY reviewed_at, id";
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        var log = new List<LoggedReview>();
        while (reader.Read())
        {
            log.Add(new LoggedReview(reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), (Rating)reader.GetInt32(2)));
        }

        return Task.FromResult<IReadOnlyList<LoggedReview>>(log);
    }

    /// <inheritdoc/>
    public Task<long> SaveFsrsParametersAsync(FittedParameters fit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fit);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO fsrs_parameters (user_id, fitted_at, weights, reviews, applied, held_out,
                log_loss_before, rmse_bins_before, log_loss_after, rmse_bins_after, recommended_retention)
            VALUES ($user, $at, $weights, $reviews, $applied, $held, $llb, $rb, $lla, $ra, $retention);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$user", fit.UserId);
        command.Parameters.AddWithValue("$at", fit.FittedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$weights", StoredForms.WeightsText(fit.Parameters));
        command.Parameters.AddWithValue("$reviews", fit.Reviews);
        command.Parameters.AddWithValue("$applied", fit.Applied ? 1 : 0);
        command.Parameters.AddWithValue("$held", fit.After.Reviews);
        command.Parameters.AddWithValue("$llb", fit.Before.LogLoss);
        command.Parameters.AddWithValue("$rb", fit.Before.RmseBins);
        command.Parameters.AddWithValue("$lla", fit.After.LogLoss);
        command.Parameters.AddWithValue("$ra", fit.After.RmseBins);
        command.Parameters.AddWithValue("$retention", (object?)fit.RecommendedRetention ?? DBNull.Value);
        return Task.FromResult((long)command.ExecuteScalar()!);
    }

    /// <inheritdoc/>
    public Task<FittedParameters?> GetFsrsParametersAsync(string userId, bool appliedOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT fitted_at, weights, reviews, applied, held_out, log_loss_before, rmse_bins_before, log_loss_after, rmse_bins_after, recommended_retention
            FROM fsrs_parameters WHERE user_id = $user {(appliedOnly ? "AND applied = 1" : "")} ORDER BY id DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$user", userId);
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? Read(userId, reader) : null);
    }

    private static FittedParameters Read(string userId, SqliteDataReader reader)
    {
        var held = reader.GetInt32(4);
        return new FittedParameters(
            userId,
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
            StoredForms.ParseWeights(reader.GetString(1)),
            reader.GetInt32(2),
            reader.GetInt64(3) == 1,
            new FsrsMetrics(reader.GetDouble(5), reader.GetDouble(6), held),
            new FsrsMetrics(reader.GetDouble(7), reader.GetDouble(8), held),
            reader.IsDBNull(9) ? null : reader.GetDouble(9));
    }
}
