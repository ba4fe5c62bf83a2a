using NpgsqlTypes;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<LoggedReview>> GetRatingLogAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return await QueryAsync("SELECT card_id, reviewed_at, rating FROM reviews WHERE user_id = @user AND reviewed_at >= @since ORDER BY reviewed_at, id", c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("since", since.ToUnixTimeMilliseconds());
        }, r => new LoggedReview(r.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), (Rating)r.GetInt32(2)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<long> SaveFsrsParametersAsync(FittedParameters fit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return (await QueryAsync("""
            INSERT INTO fsrs_parameters (user_id, fitted_at, weights, reviews, applied, held_out,
                log_loss_before, rmse_bins_before, log_loss_after, rmse_bins_after, recommended_retention)
            VALUES (@user, @at, @weights, @reviews, @applied, @held, @llb, @rb, @lla, @ra, @retention)
            RETURNING id
            """, c =>
        {
            c.Parameters.AddWithValue("user", fit.UserId);
            c.Parameters.AddWithValue("at", fit.FittedAt.ToUnixTimeMilliseconds());
            c.Parameters.AddWithValue("weights", StoredForms.WeightsText(fit.Parameters));
            c.Parameters.AddWithValue("reviews", fit.Reviews);
            c.Parameters.AddWithValue("applied", fit.Applied ? 1 : 0);
            c.Parameters.AddWithValue("held", fit.After.Reviews);
            c.Parameters.AddWithValue("llb", fit.Before.LogLoss);
            c.Parameters.AddWithValue("rb", fit.Before.RmseBins);
            c.Parameters.AddWithValue("lla", fit.After.LogLoss);
            c.Parameters.AddWithValue("ra", fit.After.RmseBins);
            PgRows.Nullable(c, "retention", NpgsqlDbType.Double, fit.RecommendedRetention);
        }, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc/>
    public async Task<FittedParameters?> GetFsrsParametersAsync(string userId, bool appliedOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return (await QueryAsync($"""
            SELECT fitted_at, weights, reviews, applied, held_out, log_loss_before, rmse_bins_before, log_loss_after, rmse_bins_after, recommended_retention
            FROM fsrs_parameters WHERE user_id = @user {(appliedOnly ? "AND applied = 1" : "")} ORDER BY id DESC LIMIT 1
            """, c => c.Parameters.AddWithValue("user", userId), r =>
        {
            var held = r.GetInt32(4);
            return new FittedParameters(
                userId,
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)),
                StoredForms.ParseWeights(r.GetString(1)),
                r.GetInt32(2),
                r.GetInt32(3) == 1,
                new FsrsMetrics(r.GetDouble(5), r.GetDouble(6), held),
                new FsrsMetrics(r.GetDouble(7), r.GetDouble(8), held),
                r.IsDBNull(9) ? null : r.GetDouble(9));
        }, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }
}
