using Microsoft.Data.Sqlite;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore : IReviewStore
{
    private const string ReviewColumns =
        "id, user_id, card_id, reviewed_at, rating, elapsed_days, before_json, after_json, answer, score, duration_ms, grade_override";

    /// <inheritdoc/>
    public Task<CardSchedule?> FindCardAsync(string userId, string cardId, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {CardRow.Columns} FROM cards WHERE user_id = $user AND card_id = $card";
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$card", cardId);
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? CardRow.Read(reader).Card : null);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<DueCard>> GetDueAsync(string userId, DateTimeOffset dueBefore, QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {CardRow.Columns} FROM cards c
            WHERE c.user_id = $user AND c.due < $before AND c.phase <> 0{(IsEmpty(filter) ? "" : $" AND EXISTS (SELECT 1 FROM clusters k WHERE k.id = c.card_id{QueueFilterSql.For(filter, "k")})")}
            """;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$before", dueBefore.ToUnixTimeMilliseconds());
        QueueFilterSql.Bind(command, filter);
        BindViewer(command);
        using var reader = command.ExecuteReader();
        var list = new List<DueCard>();
        while (reader.Read())
        {
            list.Add(CardRow.Read(reader));
        }

        return Task.FromResult<IReadOnlyList<DueCard>>(list);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> GetNewAsync(string userId, int limit, QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT k.id FROM clusters k
            WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.user_id = $user AND c.card_id = k.id){QueueFilterSql.For(filter, "k")}{ClusterVisibleTo("k")}
            ORDER BY k.documents DESC, k.level_rank, k.shuffle
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
        QueueFilterSql.Bind(command, filter);
        BindViewer(command);
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return Task.FromResult<IReadOnlyList<string>>(list);
    }

    /// <inheritdoc/>
    public Task<int> CountNewStartedAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        // A card leaves the New phase with its first review, so each counts once; no DISTINCT, which lures the planner onto the card index.
        command.CommandText = "SELECT count(*) FROM reviews WHERE user_id = $user AND reviewed_at >= $since AND phase_before = 0";
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        return Task.FromResult(Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public Task<long> SaveReviewAsync(ReviewRecord review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        // BEGIN IMMEDIATE: the check below and the write hold the write lock together, so no rating lands in between.
        using var transaction = _connection.BeginTransaction(deferred: false);
        if (!StillScheduledAs(transaction, review))
        {
            throw new StaleCardException(review.CardId);
        }

        var id = InsertReview(transaction, review);
        UpsertCard(transaction, review.UserId, review.CardId, review.After);
        transaction.Commit();
        return Task.FromResult(id);
    }

    /// <inheritdoc/>
    public Task AppendReviewsAsync(IReadOnlyList<ReviewRecord> reviews, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        if (reviews.Count == 0)
        {
            return Task.CompletedTask;
        }

        var first = reviews[0];
        if (reviews.Any(r => r.UserId != first.UserId || r.CardId != first.CardId))
        {
            throw new ArgumentException("the reviews must all be of one card of one user", nameof(reviews));
        }

        using var transaction = _connection.BeginTransaction(deferred: false);
        if (!StillScheduledAs(transaction, first))
        {
            throw new StaleCardException(first.CardId);
        }

        foreach (var review in reviews)
        {
            InsertReview(transaction, review);
        }

        UpsertCard(transaction, first.UserId, first.CardId, reviews[^1].After);
        transaction.Commit();
        return Task.CompletedTask;
    }

    // One row of the review log, inside the caller's write transaction; returns its id.
    private long InsertReview(SqliteTransaction transaction, ReviewRecord review)
    {
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO reviews (user_id, card_id, reviewed_at, rating, elapsed_days, before_json, after_json, phase_before, interval_before, answer, score, duration_ms, grade_override)
            VALUES ($user, $card, $at, $rating, $elapsed, $before, $after, $phase, $interval, $answer, $score, $duration, $override);
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$user", review.UserId);
        insert.Parameters.AddWithValue("$card", review.CardId);
        insert.Parameters.AddWithValue("$at", review.ReviewedAt.ToUnixTimeMilliseconds());
        insert.Parameters.AddWithValue("$rating", (int)review.Rating);
        insert.Parameters.AddWithValue("$elapsed", review.ElapsedDays);
        insert.Parameters.AddWithValue("$before", CardRow.ToJson(review.Before));
        insert.Parameters.AddWithValue("$after", CardRow.ToJson(review.After));
        insert.Parameters.AddWithValue("$phase", (int)review.Before.Phase);
        insert.Parameters.AddWithValue("$interval", review.Before.ScheduledDays);
        insert.Parameters.AddWithValue("$answer", (object?)review.Answer ?? DBNull.Value);
        insert.Parameters.AddWithValue("$score", (object?)review.Score ?? DBNull.Value);
        insert.Parameters.AddWithValue("$duration", (long)review.Duration.TotalMilliseconds);
        insert.Parameters.AddWithValue("$override", (object?)review.Override?.ToName() ?? DBNull.Value);
        return (long)insert.ExecuteScalar()!;
    }

    private void UpsertCard(SqliteTransaction transaction, string userId, string cardId, CardSchedule state)
    {
        using var card = _connection.CreateCommand();
        card.Transaction = transaction;
        card.CommandText = CardRow.Upsert;
        CardRow.Bind(card, userId, cardId, state);
        card.ExecuteNonQuery();
    }

    private bool StillScheduledAs(SqliteTransaction transaction, ReviewRecord review)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {CardRow.Columns} FROM cards WHERE user_id = $user AND card_id = $card";
        command.Parameters.AddWithValue("$user", review.UserId);
        command.Parameters.AddWithValue("$card", review.CardId);
        using var reader = command.ExecuteReader();
        return ReviewConcurrency.IsCurrent(reader.Read() ? CardRow.Read(reader).Card : CardSchedule.New, review.Before);
    }

    /// <inheritdoc/>
    public Task<bool> UndoAsync(string userId, long reviewId, CancellationToken cancellationToken = default)
    {
        using var transaction = _connection.BeginTransaction();
        using var find = _connection.CreateCommand();
        find.Transaction = transaction;
        find.CommandText = """
            SELECT r.card_id, r.before_json FROM reviews r
            WHERE r.id = $id AND r.user_id = $user
              AND NOT EXISTS (SELECT 1 FROM reviews n WHERE n.user_id = r.user_id AND n.card_id = r.card_id AND n.id > r.id)
            """;
        find.Parameters.AddWithValue("$id", reviewId);
        find.Parameters.AddWithValue("$user", userId);
        string cardId;
        CardSchedule before;
        using (var reader = find.ExecuteReader())
        {
            if (!reader.Read())
            {
                return Task.FromResult(false);
            }

            (cardId, before) = (reader.GetString(0), CardRow.FromJson(reader.GetString(1)));
        }

        using var restore = _connection.CreateCommand();
        restore.Transaction = transaction;
        if (before.Phase == CardPhase.New)
        {
            restore.CommandText = "DELETE FROM cards WHERE user_id = $user AND card_id = $card";
            restore.Parameters.AddWithValue("$user", userId);
            restore.Parameters.AddWithValue("$card", cardId);
        }
        else
        {
            restore.CommandText = CardRow.Upsert;
            CardRow.Bind(restore, userId, cardId, before);
        }

        restore.ExecuteNonQuery();
        using var delete = _connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM reviews WHERE id = $id";
        delete.Parameters.AddWithValue("$id", reviewId);
        delete.ExecuteNonQuery();
        transaction.Commit();
        return Task.FromResult(true);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ReviewRecord>> GetReviewsAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReviewRecord>>(ReadReviews($"SELECT {ReviewColumns} FROM reviews WHERE user_id = $user AND reviewed_at >= $since ORDER BY reviewed_at, id", c =>
        {
            c.Parameters.AddWithValue("$user", userId);
            c.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        }));

    /// <inheritdoc/>
    public Task<IReadOnlyList<ReviewRecord>> GetCardHistoryAsync(string userId, string cardId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReviewRecord>>(ReadReviews($"SELECT {ReviewColumns} FROM reviews WHERE user_id = $user AND card_id = $card ORDER BY reviewed_at, id", c =>
        {
            c.Parameters.AddWithValue("$user", userId);
            c.Parameters.AddWithValue("$card", cardId);
        }));

    /// <inheritdoc/>
    public Task<IReadOnlyList<CardOverview>> GetCardsAsync(string userId, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT k.topic, k.id, c.phase, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses, c.scheduled_days
            FROM clusters k LEFT JOIN cards c ON c.user_id = $user AND c.card_id = k.id
            WHERE 1{ClusterVisibleTo("k")}
            ORDER BY k.topic, k.id
            """;
        command.Parameters.AddWithValue("$user", userId);
        BindViewer(command);
        using var reader = command.ExecuteReader();
        var list = new List<CardOverview>();
        while (reader.Read())
        {
            list.Add(new CardOverview(reader.GetString(1), reader.GetString(0), reader.IsDBNull(2) ? null : CardRow.Read(reader, 1).Card));
        }

        return Task.FromResult<IReadOnlyList<CardOverview>>(list);
    }

    // Without filters every due card qualifies; a card whose question left the bank is skipped when shown.
    private static bool IsEmpty(QuestionFilter filter) => filter is { Topic: null, Level: null, Source: null, Topics.Count: 0 };

    private List<ReviewRecord> ReadReviews(string sql, Action<SqliteCommand> bind)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var list = new List<ReviewRecord>();
        while (reader.Read())
        {
            list.Add(new ReviewRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), (Rating)reader.GetInt32(4), reader.GetInt32(5),
                CardRow.FromJson(reader.GetString(6)), CardRow.FromJson(reader.GetString(7)),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetDouble(9),
                TimeSpan.FromMilliseconds(reader.GetInt64(10)),
                ReadOverride(reader, 11)));
        }

        return list;
    }
}
