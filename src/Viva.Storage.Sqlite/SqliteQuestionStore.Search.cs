using System.Text;
using Viva.Core.Linking;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

public sealed partial class SqliteQuestionStore
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextNormalizer.RawWords(text).Distinct().ToList();
        if (words.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        // Every word must match; if nothing does, any word may.
        var hits = Search(string.Join(" AND ", words.Select(Quote)), limit);
        if (hits.Count == 0 && words.Count > 1)
        {
            hits = Search(string.Join(" OR ", words.Select(Quote)), limit);
        }

        return Task.FromResult<IReadOnlyList<SearchHit>>(hits);
    }

    private List<SearchHit> Search(string match, int limit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Prefixed()}, -bm25(questions_fts, 3.0, 1.0) AS score
            FROM questions_fts JOIN questions q ON q.seq = questions_fts.rowid
            WHERE questions_fts MATCH $match AND q.retired = 0{VisibleTo("q")}
            ORDER BY score DESC, q.seq LIMIT $limit
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", Math.Max(1, limit));
        BindViewer(command);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(QuestionRow.Read(reader).Question, Math.Round(reader.GetDouble(12), 4)));
        }

        return hits;
    }

    private static string Prefixed() => string.Join(", ", QuestionRow.Columns.Split(", ").Select(c => "q." + c));

    private static string Quote(string word) => new StringBuilder("\"").Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
