using Npgsql;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

/// <summary>The <c>--topic / --level / --source</c> conditions on a cluster, as SQL over its live questions that the store's viewer sees (<c>@viewer</c>).</summary>
internal static class PgQueueFilter
{
    public static string For(QuestionFilter filter, string cluster)
    {
        var sql = "";
        if (filter.Level is not null)
        {
            sql += $" AND {cluster}.level_rank = @levelRank";
        }

        if (filter.Topic is not null)
        {
            sql += $" AND (strpos(lower({cluster}.topic), lower(@topic)) > 0 OR EXISTS (SELECT 1 FROM questions q WHERE q.cluster = {cluster}.id AND q.retired = 0 AND strpos(lower(q.topic), lower(@topic)) > 0{ViewerScope.Questions("q", '@')}))";
        }

        if (filter.Topics.Count > 0)
        {
            sql += $" AND {cluster}.topic = ANY(@topics)";
        }

        if (filter.Source is not null)
        {
            sql += $" AND EXISTS (SELECT 1 FROM questions q WHERE q.cluster = {cluster}.id AND q.retired = 0 AND strpos(lower(q.source), lower(@source)) > 0{ViewerScope.Questions("q", '@')})";
        }

        return sql;
    }

    public static void Bind(NpgsqlCommand command, QuestionFilter filter)
    {
        if (filter.Level is { } level)
        {
            command.Parameters.AddWithValue("levelRank", StoredForms.LevelRank(level));
        }

        if (filter.Topic is not null)
        {
            command.Parameters.AddWithValue("topic", filter.Topic);
        }

        if (filter.Source is not null)
        {
            command.Parameters.AddWithValue("source", filter.Source);
        }

        if (filter.Topics.Count > 0)
        {
            command.Parameters.AddWithValue("topics", filter.Topics.ToArray());
        }
    }
}
