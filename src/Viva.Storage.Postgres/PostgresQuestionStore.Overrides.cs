using NpgsqlTypes;
using Viva.Core.Scheduling;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    /// <inheritdoc/>
    public async Task<GradeOverrideResult> SetGradeOverrideAsync(string userId, long reviewId, GradeOverride? verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);

        // One statement, so an undo racing this either removes the row first (nothing updated) or after (the verdict goes with it).
        var updated = await ExecuteAsync("UPDATE reviews SET grade_override = @verdict WHERE id = @id AND user_id = @user AND score IS NOT NULL", c =>
        {
            PgRows.Nullable(c, "verdict", NpgsqlDbType.Text, verdict?.ToName());
            c.Parameters.AddWithValue("id", reviewId);
            c.Parameters.AddWithValue("user", userId);
        }, cancellationToken).ConfigureAwait(false);
        if (updated == 1)
        {
            return GradeOverrideResult.Saved;
        }

        var exists = await QueryAsync("SELECT 1 FROM reviews WHERE id = @id AND user_id = @user", c =>
        {
            c.Parameters.AddWithValue("id", reviewId);
            c.Parameters.AddWithValue("user", userId);
        }, _ => true, cancellationToken).ConfigureAwait(false);
        return exists.Count == 0 ? GradeOverrideResult.NotFound : GradeOverrideResult.NotGraded;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GradeDisagreement>> GetDisagreementsAsync(string userId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return await QueryAsync("""
            WITH overridden AS (
                SELECT card_id, count(*) FILTER (WHERE grade_override = 'right') AS right_count, count(*) FILTER (WHERE grade_override = 'wrong') AS wrong_count
                FROM reviews WHERE user_id = @user AND grade_override IS NOT NULL
                GROUP BY card_id),
            counted AS (
                SELECT o.card_id, o.right_count, o.wrong_count,
                       (SELECT count(*) FROM reviews g WHERE g.user_id = @user AND g.card_id = o.card_id AND g.score IS NOT NULL) AS graded
                FROM overridden o)
            SELECT c.card_id, (SELECT q.text FROM clusters k JOIN questions q ON q.id = k.head WHERE k.id = c.card_id),
                   c.graded, c.right_count, c.wrong_count
            FROM counted c
            ORDER BY c.right_count + c.wrong_count DESC, (c.right_count + c.wrong_count) * 1.0 / c.graded DESC, c.card_id COLLATE "C"
            LIMIT @limit
            """, c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("limit", Math.Max(0, limit));
        }, r => new GradeDisagreement(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), (int)r.GetInt64(2), (int)r.GetInt64(3), (int)r.GetInt64(4)),
            cancellationToken).ConfigureAwait(false);
    }
}
