using Microsoft.Data.Sqlite;
using Viva.Core.Questions;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore
{
    // A database written before answer quality existed gets its answers classified once, right after the upgrade.
    private static void ClassifyAnswersOfOlderDatabase(SqliteConnection connection)
    {
        var unclassified = new List<(long Seq, string Answer)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT seq, answer FROM questions WHERE answer_quality IS NULL AND answer IS NOT NULL";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                unclassified.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        if (unclassified.Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE questions SET answer_quality = $quality WHERE seq = $seq";
        var quality = update.Parameters.Add("$quality", SqliteType.Text);
        var seq = update.Parameters.Add("$seq", SqliteType.Integer);
        foreach (var row in unclassified)
        {
            quality.Value = AnswerClassifier.Classify(row.Answer).ToName();
            seq.Value = row.Seq;
            update.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
