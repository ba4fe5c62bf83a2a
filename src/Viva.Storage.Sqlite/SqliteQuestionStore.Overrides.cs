using Microsoft.Data.Sqlite;
using Viva.Core.Scheduling;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore
{
    /// <inheritdoc/>
    public Task<GradeOverrideResult> SetGradeOverrideAsync(string userId, long reviewId, GradeOverride? verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        using var update = _connection.CreateCommand();

        // One statement, so an undo racing this either removes the row first (nothing updated) or after (the verdict goes with it).
        update.CommandText = "UPDATE reviews SET grade_override = $verdict WHERE id = $id AND user_id = $user AND score IS NOT NULL";
        update.Parameters.AddWithValue("$verdict", (object?)verdict?.ToName() ?? DBNull.Value);
        update.Parameters.AddWithValue("$id", reviewId);
        update.Parameters.AddWithValue("$user", userId);
        if (update.ExecuteNonQuery() == 1)
        {
            return Task.FromResult(GradeOverrideResult.Saved);
        }

        using var find = _connection.CreateCommand();
        find.CommandText = "SELECT 1 FROM reviews WHERE id = $id AND user_id = $user";
        find.Parameters.AddWithValue("$id", reviewId);
        find.Parameters.AddWithValue("$user", userId);
        return Task.FromResult(find.ExecuteScalar() is null ? GradeOverrideResult.NotFound : GradeOverrideResult.NotGraded);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<GradeDisagreement>> GetDisagreementsAsync(string userId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        using var command = _connection.CreateCommand();

        // The overridden rows come from a small partial index; graded counts are then read only for those cards.
        command.CommandText = """
            WITH overridden AS (
                SELECT card_id, sum(grade_override = 'right') AS right_count, sum(grade_override = 'wrong') AS wrong_count
                FROM reviews WHERE user_id = $user AND grade_override IS NOT NULL
                GROUP BY card_id),
            counted AS (
                SELECT o.card_id, o.right_count, o.wrong_count,
                       (SELECT count(*) FROM reviews g WHERE g.user_id = $user AND g.card_id = o.card_id AND g.score IS NOT NULL) AS graded
                FROM overridden o)
            SELECT c.card_id, (SELECT q.text FROM clusters k JOIN questions q ON q.id = k.head WHERE k.id = c.card_id),
                   c.graded, c.right_count, c.wrong_count
            FROM counted c
            ORDER BY c.right_count + c.wrong_count DESC, (c.right_count + c.wrong_count) * 1.0 / c.graded DESC, c.card_id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
        using var reader = command.ExecuteReader();
        var list = new List<GradeDisagreement>();
        while (reader.Read())
        {
            list.Add(new GradeDisagreement(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        return Task.FromResult<IReadOnlyList<GradeDisagreement>>(list);
    }

    private static GradeOverride? ReadOverride(SqliteDataReader reader, int ordinal) =>
        !reader.IsDBNull(ordinal) && GradeOverrideNames.TryParse(reader.GetString(ordinal), out var verdict) ? verdict : null;
}
