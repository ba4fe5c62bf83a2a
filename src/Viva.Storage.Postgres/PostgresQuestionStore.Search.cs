using Viva.Core.Linking;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

public sealed partial class PostgresQuestionStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// PostgreSQL's full-text search (English stemming, question words weighted above answer words, ranked by
    /// <c>ts_rank</c>) in place of SQLite's FTS5 and BM25: every word must match; if nothing does, any word may.
    /// </remarks>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextNormalizer.RawWords(text).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var hits = await SearchAsync(words, " && ", limit, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0 && words.Count > 1)
        {
            hits = await SearchAsync(words, " || ", limit, cancellationToken).ConfigureAwait(false);
        }

        return hits;
    }

    private async Task<List<SearchHit>> SearchAsync(List<string> words, string join, int limit, CancellationToken cancellationToken)
    {
        // Each word becomes its own query, so no word can be read as an operator; stop words give empty queries, which match nothing.
        var query = string.Join(join, words.Select((_, i) => $"plainto_tsquery('english', @w{i})"));
        var columns = string.Join(", ", PgRows.QuestionColumns.Split(", ").Select(c => "q." + c));
        return await QueryAsync($"""
            SELECT {columns}, ts_rank(q.search, t.query) AS score
            FROM questions q CROSS JOIN (SELECT {query} AS query) t
            WHERE q.search @@ t.query AND q.retired = 0{ViewerScope.Questions("q", '@')}
            ORDER BY score DESC, q.seq LIMIT @limit
            """, c =>
        {
            for (var i = 0; i < words.Count; i++)
            {
                c.Parameters.AddWithValue($"w{i}", words[i]);
            }

            c.Parameters.AddWithValue("limit", Math.Max(1, limit));
        }, r => new SearchHit(PgRows.ReadQuestion(r).Question, Math.Round(r.GetFloat(12), 6)), cancellationToken).ConfigureAwait(false);
    }
}
