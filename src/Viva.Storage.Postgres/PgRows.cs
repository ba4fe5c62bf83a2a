using Npgsql;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.States;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

/// <summary>Maps question and card rows to domain records, in the forms every store writes (<see cref="StoredForms"/>).</summary>
internal static class PgRows
{
    public const string QuestionColumns = "id, source, line, ordinal, text, answer, topic, level, code, curated, fingerprint, cluster";

    public const string CardColumns = "card_id, phase, step, stability, difficulty, due, last_review, reps, lapses, scheduled_days";

    public static StoredQuestion ReadQuestion(NpgsqlDataReader reader)
    {
        var question = new ExtractedQuestion
        {
            Source = reader.GetString(1),
            Line = reader.GetInt32(2),
            Text = reader.GetString(4),
            Answer = reader.IsDBNull(5) ? null : reader.GetString(5),
            Topic = StoredForms.FromJson<List<string>>(reader.GetString(6)) ?? [],
            Level = reader.IsDBNull(7) ? null : LevelNames.FromWord(reader.GetString(7)),
            Code = StoredForms.FromJson<List<CodeSnippet>>(reader.GetString(8)) ?? [],
            Curated = reader.IsDBNull(9) ? null : StoredForms.FromJson<CuratedMetadata>(reader.GetString(9)),
        };
        return new StoredQuestion(new BankQuestion(reader.GetString(0), question, reader.GetString(11)), reader.GetString(10), reader.GetInt32(3));
    }

    public static void BindQuestion(NpgsqlCommand command, StoredQuestion stored, string timestamp)
    {
        var q = stored.Question.Question;
        command.Parameters.Clear();
        command.Parameters.AddWithValue("id", stored.Question.Id);
        command.Parameters.AddWithValue("source", q.Source);
        command.Parameters.AddWithValue("line", q.Line);
        command.Parameters.AddWithValue("ordinal", stored.Ordinal);
        command.Parameters.AddWithValue("text", q.Text);
        command.Parameters.AddWithValue("answer", NpgsqlTypes.NpgsqlDbType.Text, (object?)q.Answer ?? DBNull.Value);
        command.Parameters.AddWithValue("answer_quality", q.AnswerQuality.ToName());
        command.Parameters.AddWithValue("topic", StoredForms.ToJson(q.Topic));
        command.Parameters.AddWithValue("level", NpgsqlTypes.NpgsqlDbType.Text, (object?)q.Level?.ToName() ?? DBNull.Value);
        command.Parameters.AddWithValue("code", StoredForms.ToJson(q.Code));
        command.Parameters.AddWithValue("curated", NpgsqlTypes.NpgsqlDbType.Text, q.Curated is null ? DBNull.Value : StoredForms.ToJson(q.Curated));
        command.Parameters.AddWithValue("fingerprint", stored.Fingerprint);
        command.Parameters.AddWithValue("cluster", stored.Question.Cluster);
        command.Parameters.AddWithValue("now", timestamp);
    }

    /// <summary>Reads <see cref="CardColumns"/> starting at <paramref name="offset"/>.</summary>
    public static DueCard ReadCard(NpgsqlDataReader reader, int offset = 0)
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

    public static void BindCard(NpgsqlCommand command, string userId, string cardId, CardSchedule card)
    {
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("card", cardId);
        command.Parameters.AddWithValue("phase", (int)card.Phase);
        command.Parameters.AddWithValue("step", card.Step);
        command.Parameters.AddWithValue("stability", NpgsqlTypes.NpgsqlDbType.Double, (object?)card.Memory?.Stability ?? DBNull.Value);
        command.Parameters.AddWithValue("difficulty", NpgsqlTypes.NpgsqlDbType.Double, (object?)card.Memory?.Difficulty ?? DBNull.Value);
        command.Parameters.AddWithValue("due", NpgsqlTypes.NpgsqlDbType.Bigint, (object?)card.Due?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("last", NpgsqlTypes.NpgsqlDbType.Bigint, (object?)card.LastReview?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("reps", card.Reps);
        command.Parameters.AddWithValue("lapses", card.Lapses);
        command.Parameters.AddWithValue("days", card.ScheduledDays);
    }

    public const string CardValues = "(user_id, card_id, phase, step, stability, difficulty, due, last_review, reps, lapses, scheduled_days) VALUES (@user, @card, @phase, @step, @stability, @difficulty, @due, @last, @reps, @lapses, @days)";

    public const string CardUpsert = $"""
        INSERT INTO cards {CardValues}
        ON CONFLICT (user_id, card_id) DO UPDATE SET phase = excluded.phase, step = excluded.step, stability = excluded.stability,
            difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review, reps = excluded.reps,
            lapses = excluded.lapses, scheduled_days = excluded.scheduled_days
        """;

    public static void Nullable(NpgsqlCommand command, string name, NpgsqlTypes.NpgsqlDbType type, object? value) =>
        command.Parameters.AddWithValue(name, type, value ?? DBNull.Value);

    private static DateTimeOffset? Time(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
