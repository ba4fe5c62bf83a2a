using Microsoft.Data.Sqlite;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.States;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

/// <summary>Maps card schedules to rows (times as Unix milliseconds) and to the JSON kept in the review log.</summary>
internal static class CardRow
{
    public const string Columns = "card_id, phase, step, stability, difficulty, due, last_review, reps, lapses, scheduled_days";

    /// <summary>Reads <see cref="Columns"/> starting at <paramref name="offset"/>.</summary>
    public static DueCard Read(SqliteDataReader reader, int offset = 0)
    {
        MemoryState? memory = reader.IsDBNull(offset + 3) ? null : new MemoryState(reader.GetDouble(offset + 3), reader.GetDouble(offset + 4));
        var card = new CardSchedule(
            (CardPhase)reader.GetInt32(offset + 1),
            memory,
            reader.GetInt32(offset + 2),
            Time(reader, offset + 5),
            Time(reader, offset + 6),
            reader.GetInt32(offset + 7),
            reader.GetInt32(offset + 8),
            reader.GetInt32(offset + 9));
        return new DueCard(reader.GetString(offset), card);
    }

    public static void Bind(SqliteCommand command, string userId, string cardId, CardSchedule card)
    {
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$card", cardId);
        command.Parameters.AddWithValue("$phase", (int)card.Phase);
        command.Parameters.AddWithValue("$step", card.Step);
        command.Parameters.AddWithValue("$stability", (object?)card.Memory?.Stability ?? DBNull.Value);
        command.Parameters.AddWithValue("$difficulty", (object?)card.Memory?.Difficulty ?? DBNull.Value);
        command.Parameters.AddWithValue("$due", (object?)card.Due?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$last", (object?)card.LastReview?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$reps", card.Reps);
        command.Parameters.AddWithValue("$lapses", card.Lapses);
        command.Parameters.AddWithValue("$days", card.ScheduledDays);
    }

    public const string Upsert = """
        INSERT INTO cards (user_id, card_id, phase, step, stability, difficulty, due, last_review, reps, lapses, scheduled_days)
        VALUES ($user, $card, $phase, $step, $stability, $difficulty, $due, $last, $reps, $lapses, $days)
        ON CONFLICT(user_id, card_id) DO UPDATE SET phase = excluded.phase, step = excluded.step, stability = excluded.stability,
            difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review, reps = excluded.reps,
            lapses = excluded.lapses, scheduled_days = excluded.scheduled_days
        """;

    public static string ToJson(CardSchedule card) => StoredForms.ToJson(card);

    public static CardSchedule FromJson(string json) => StoredForms.CardFromJson(json);

    private static DateTimeOffset? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
