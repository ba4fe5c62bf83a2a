using Microsoft.Data.Sqlite;
using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

/// <summary>The <c>--topic / --level / --source</c> conditions on a cluster, as SQL over its live questions that the store's viewer sees (binds <c>$viewer</c>).</summary>
internal static class QueueFilterSql
{
    public static string For(QuestionFilter filter, string cluster)
    {
        var sql = "";
        if (filter.Level is not null)
        {
            sql += $" AND {cluster}.level_rank = $levelRank";
        }

        if (filter.Topic is not null)
        {
            sql += $" AND (instr(lower({cluster}.topic), lower($topic)) > 0 OR EXISTS (SELECT 1 FROM questions q WHERE q.cluster = {cluster}.id AND q.retired = 0 AND instr(lower(q.topic), lower($topic)) > 0{SqliteQuestionStore.VisibleTo("q")}))";
        }

        if (filter.Topics.Count > 0)
        {
            sql += $" AND {cluster}.topic IN ({string.Join(", ", filter.Topics.Select((_, i) => $"$topics{i}"))})";
        }

        if (filter.Source is not null)
        {
            sql += $" AND EXISTS (SELECT 1 FROM questions q WHERE q.cluster = {cluster}.id AND q.retired = 0 AND instr(lower(q.source), lower($source)) > 0{SqliteQuestionStore.VisibleTo("q")})";
        }

        return sql;
    }

    public static void Bind(SqliteCommand command, QuestionFilter filter)
    {
        if (filter.Level is { } level)
        {
            command.Parameters.AddWithValue("$levelRank", StoredForms.LevelRank(level));
        }

        if (filter.Topic is not null)
        {
            command.Parameters.AddWithValue("$topic", filter.Topic);
        }

        if (filter.Source is not null)
        {
            command.Parameters.AddWithValue("$source", filter.Source);
        }

        for (var i = 0; i < filter.Topics.Count; i++)
        {
            command.Parameters.AddWithValue($"$topics{i}", filter.Topics[i]);
        }
    }
}
