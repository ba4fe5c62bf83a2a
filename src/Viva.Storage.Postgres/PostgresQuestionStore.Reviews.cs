using Npgsql;
using NpgsqlTypes;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    private const string ReviewColumns =
        "id, user_id, card_id, reviewed_at, rating, elapsed_days, before_json, after_json, answer, score, duration_ms, grade_override";

    /// <inheritdoc/>
    public async Task<CardSchedule?> FindCardAsync(string userId, string cardId, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {PgRows.CardColumns} FROM cards WHERE user_id = @user AND card_id = @card", c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("card", cardId);
        }, r => PgRows.ReadCard(r).Card, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DueCard>> GetDueAsync(string userId, DateTimeOffset dueBefore, QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var empty = filter is { Topic: null, Level: null, Source: null, Topics.Count: 0 };
        return await QueryAsync($"""
            SELECT {PgRows.CardColumns} FROM cards c
            WHERE c.user_id = @user AND c.due < @before AND c.phase <> 0{(empty ? "" : $" AND EXISTS (SELECT 1 FROM clusters k WHERE k.id = c.card_id{PgQueueFilter.For(filter, "k")})")}
            """, c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("before", dueBefore.ToUnixTimeMilliseconds());
            PgQueueFilter.Bind(c, filter);
        }, r => PgRows.ReadCard(r), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> GetNewAsync(string userId, int limit, QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await QueryAsync($"""
            SELECT k.id FROM clusters k
            WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.user_id = @user AND c.card_id = k.id){PgQueueFilter.For(filter, "k")}{ViewerScope.Clusters("k", '@')}
            ORDER BY k.documents DESC, k.level_rank, k.shuffle
            LIMIT @limit
            """, c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("limit", Math.Max(0, limit));
            PgQueueFilter.Bind(c, filter);
        }, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<int> CountNewStartedAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT count(*) FROM reviews WHERE user_id = @user AND reviewed_at >= @since AND phase_before = 0", c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("since", since.ToUnixTimeMilliseconds());
        }, r => (int)r.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc/>
    /// <remarks>
    /// The card's row is locked (<c>FOR UPDATE</c>) before it is compared, so a second rating of the same card waits for
    /// the first to commit and then sees its update. A card never studied has no row to lock: its first schedule is
    /// inserted only if no other rating inserted one meanwhile, and a lost race is reported as stale all the same.
    /// </remarks>
    public async Task<long> SaveReviewAsync(ReviewRecord review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await SaveReviewInAsync(connection, transaction, review, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <inheritdoc/>
    public async Task AppendReviewsAsync(IReadOnlyList<ReviewRecord> reviews, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        if (reviews.Count == 0)
        {
            return;
        }

        if (reviews.Any(r => r.UserId != reviews[0].UserId || r.CardId != reviews[0].CardId))
        {
            throw new ArgumentException("the reviews must all be of one card of one user", nameof(reviews));
        }

        // One transaction for the whole history: each review starts from the state the previous one left, so the
        // stale-card check of the first guards the lot, and a failure stores none of them.
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var review in reviews)
        {
            await SaveReviewInAsync(connection, transaction, review, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> SaveReviewInAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReviewRecord review, CancellationToken cancellationToken)
    {
        var stored = (await QueryAsync(connection, transaction, $"SELECT {PgRows.CardColumns} FROM cards WHERE user_id = @user AND card_id = @card FOR UPDATE", c =>
        {
            c.Parameters.AddWithValue("user", review.UserId);
            c.Parameters.AddWithValue("card", review.CardId);
        }, r => PgRows.ReadCard(r).Card, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (!ReviewConcurrency.IsCurrent(stored ?? CardSchedule.New, review.Before))
        {
            throw new StaleCardException(review.CardId);
        }

        var written = await ExecuteAsync(connection, transaction, stored is null ? $"INSERT INTO cards {PgRows.CardValues} ON CONFLICT (user_id, card_id) DO NOTHING" : PgRows.CardUpsert,
            c => PgRows.BindCard(c, review.UserId, review.CardId, review.After), cancellationToken).ConfigureAwait(false);
        if (written != 1)
        {
            throw new StaleCardException(review.CardId);
        }

        var id = (await QueryAsync(connection, transaction, """
            INSERT INTO reviews (user_id, card_id, reviewed_at, rating, elapsed_days, before_json, after_json, phase_before, interval_before, answer, score, duration_ms, grade_override)
            VALUES (@user, @card, @at, @rating, @elapsed, @before, @after, @phase, @interval, @answer, @score, @duration, @override)
            RETURNING id
            """, c =>
        {
            c.Parameters.AddWithValue("user", review.UserId);
            c.Parameters.AddWithValue("card", review.CardId);
            c.Parameters.AddWithValue("at", review.ReviewedAt.ToUnixTimeMilliseconds());
            c.Parameters.AddWithValue("rating", (int)review.Rating);
            c.Parameters.AddWithValue("elapsed", review.ElapsedDays);
            c.Parameters.AddWithValue("before", StoredForms.ToJson(review.Before));
            c.Parameters.AddWithValue("after", StoredForms.ToJson(review.After));
            c.Parameters.AddWithValue("phase", (int)review.Before.Phase);
            c.Parameters.AddWithValue("interval", review.Before.ScheduledDays);
            PgRows.Nullable(c, "answer", NpgsqlDbType.Text, review.Answer);
            PgRows.Nullable(c, "score", NpgsqlDbType.Double, review.Score);
            c.Parameters.AddWithValue("duration", (long)review.Duration.TotalMilliseconds);
            PgRows.Nullable(c, "override", NpgsqlDbType.Text, review.Override?.ToName());
        }, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];
        return id;
    }

    /// <inheritdoc/>
    public async Task<bool> UndoAsync(string userId, long reviewId, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // The card's row is locked first, so no rating of it lands between the check below and the restore.
        await ExecuteAsync(connection, transaction, """
            SELECT 1 FROM cards WHERE user_id = @user AND card_id = (SELECT card_id FROM reviews WHERE id = @id AND user_id = @user) FOR UPDATE
            """, c =>
        {
            c.Parameters.AddWithValue("id", reviewId);
            c.Parameters.AddWithValue("user", userId);
        }, cancellationToken).ConfigureAwait(false);
        var found = await QueryAsync(connection, transaction, """
            SELECT r.card_id, r.before_json FROM reviews r
            WHERE r.id = @id AND r.user_id = @user
              AND NOT EXISTS (SELECT 1 FROM reviews n WHERE n.user_id = r.user_id AND n.card_id = r.card_id AND n.id > r.id)
            """, c =>
        {
            c.Parameters.AddWithValue("id", reviewId);
            c.Parameters.AddWithValue("user", userId);
        }, r => (CardId: r.GetString(0), Before: StoredForms.CardFromJson(r.GetString(1))), cancellationToken).ConfigureAwait(false);
        if (found is not [var (cardId, before)])
        {
            return false;
        }

        if (before.Phase == CardPhase.New)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM cards WHERE user_id = @user AND card_id = @card", c =>
            {
                c.Parameters.AddWithValue("user", userId);
                c.Parameters.AddWithValue("card", cardId);
            }, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ExecuteAsync(connection, transaction, PgRows.CardUpsert, c => PgRows.BindCard(c, userId, cardId, before), cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM reviews WHERE id = @id", c => c.Parameters.AddWithValue("id", reviewId), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ReviewRecord>> GetReviewsAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {ReviewColumns} FROM reviews WHERE user_id = @user AND reviewed_at >= @since ORDER BY reviewed_at, id", c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("since", since.ToUnixTimeMilliseconds());
        }, ReadReview, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ReviewRecord>> GetCardHistoryAsync(string userId, string cardId, CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {ReviewColumns} FROM reviews WHERE user_id = @user AND card_id = @card ORDER BY reviewed_at, id", c =>
        {
            c.Parameters.AddWithValue("user", userId);
            c.Parameters.AddWithValue("card", cardId);
        }, ReadReview, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CardOverview>> GetCardsAsync(string userId, CancellationToken cancellationToken = default) =>
        await QueryAsync($"""
            SELECT k.topic, k.id, c.phase, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses, c.scheduled_days
            FROM clusters k LEFT JOIN cards c ON c.user_id = @user AND c.card_id = k.id
            WHERE TRUE{ViewerScope.Clusters("k", '@')}
            ORDER BY k.topic COLLATE "C", k.id COLLATE "C"
            """, c => c.Parameters.AddWithValue("user", userId),
            r => new CardOverview(r.GetString(1), r.GetString(0), r.IsDBNull(2) ? null : PgRows.ReadCard(r, 1).Card), cancellationToken).ConfigureAwait(false);

    private static ReviewRecord ReadReview(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), (Rating)reader.GetInt32(4), reader.GetInt32(5),
        StoredForms.CardFromJson(reader.GetString(6)), StoredForms.CardFromJson(reader.GetString(7)),
        reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetDouble(9),
        TimeSpan.FromMilliseconds(reader.GetInt64(10)),
        !reader.IsDBNull(11) && GradeOverrideNames.TryParse(reader.GetString(11), out var verdict) ? verdict : null);
}
