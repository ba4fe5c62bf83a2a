using System.Text.Json;
using Microsoft.Data.Sqlite;
using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

/// <summary>Maps between question rows and domain records.</summary>
internal static class QuestionRow
{
    public const string Columns = "id, source, line, ordinal, text, answer, topic, level, code, curated, fingerprint, cluster";

    /// <summary>The same columns in the same places, without the code and the curated metadata (a brief listing).</summary>
    public const string BriefColumns = "id, source, line, ordinal, text, answer, topic, level, '[]' AS code, NULL AS curated, fingerprint, cluster";

    public static StoredQuestion Read(SqliteDataReader reader)
    {
        var question = new ExtractedQuestion
        {
            Source = reader.GetString(1),
            Line = reader.GetInt32(2),
            Text = reader.GetString(4),
            Answer = reader.IsDBNull(5) ? null : reader.GetString(5),
            Topic = Strings(reader.GetString(6)),
            Level = reader.IsDBNull(7) ? null : LevelNames.FromWord(reader.GetString(7)),
            Code = reader.GetString(8) is "[]" ? [] : JsonSerializer.Deserialize(reader.GetString(8), QuestionJsonContext.Default.ListCodeSnippet) ?? [],
            Curated = reader.IsDBNull(9) ? null : JsonSerializer.Deserialize(reader.GetString(9), QuestionJsonContext.Default.CuratedMetadata),
        };
        return new StoredQuestion(new BankQuestion(reader.GetString(0), question, reader.GetString(11)), reader.GetString(10), reader.GetInt32(3));
    }

    /// <summary>
    /// A JSON array of strings (the topic headings), read by hand: every listing reads it, and the serializer's first use
    /// in a process costs more than the rest of a short command.
    /// </summary>
    internal static List<string> Strings(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        var strings = new List<string>();
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            return strings;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array of strings, found {reader.TokenType}");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            strings.Add(reader.GetString() ?? throw new JsonException("expected a string, found null"));
        }

        return strings;
    }

    public static void Bind(SqliteCommand command, StoredQuestion stored, string timestamp)
    {
        var q = stored.Question.Question;
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$id", stored.Question.Id);
        command.Parameters.AddWithValue("$source", q.Source);
        command.Parameters.AddWithValue("$line", q.Line);
        command.Parameters.AddWithValue("$ordinal", stored.Ordinal);
        command.Parameters.AddWithValue("$text", q.Text);
        command.Parameters.AddWithValue("$answer", (object?)q.Answer ?? DBNull.Value);
        command.Parameters.AddWithValue("$answer_quality", q.AnswerQuality.ToName());
        command.Parameters.AddWithValue("$topic", StoredForms.ToJson(q.Topic));
        command.Parameters.AddWithValue("$level", (object?)q.Level?.ToName() ?? DBNull.Value);
        command.Parameters.AddWithValue("$code", StoredForms.ToJson(q.Code));
        command.Parameters.AddWithValue("$curated", q.Curated is null ? DBNull.Value : StoredForms.ToJson(q.Curated));
        command.Parameters.AddWithValue("$fingerprint", stored.Fingerprint);
        command.Parameters.AddWithValue("$cluster", stored.Question.Cluster);
        command.Parameters.AddWithValue("$now", timestamp);
    }
}
