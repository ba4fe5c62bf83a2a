using Viva.Core.Questions;
using Viva.Core.Semantics;
using Viva.Core.Storage;

namespace Viva.Core.Search;

/// <summary>
/// Search that understands phrasing: the store's word ranking (BM25), the same with abbreviations spelt out, and the
/// questions nearest in meaning to the query, fused by reciprocal rank. One result per cluster (the best-ranked
/// question of a set of duplicates). Without a sentence encoder it ranks by words alone.
/// </summary>
/// <param name="store">The bank.</param>
/// <param name="encoder">Returns the sentence encoder, or null when none can load.</param>
/// <param name="options">How the rankings are fused; null for <see cref="SearchOptions.Default"/>.</param>
public sealed class HybridSearch(IQuestionStore store, Func<ITextEncoder?> encoder, SearchOptions? options = null)
{
    private readonly SearchOptions _options = options ?? SearchOptions.Default;

    /// <summary>The best <paramref name="limit"/> results for <paramref name="query"/>, best first.</summary>
    public async Task<IReadOnlyList<SearchResult>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query) || limit < 1)
        {
            return [];
        }

        var depth = _options.Depth;
        var expanded = QueryExpansion.Expand(query);
        var typedWords = _options.Keywords ? QueryExpansion.Keywords(query) : query;
        var expandedWords = _options.Keywords ? QueryExpansion.Keywords(expanded) : expanded;
        if (typedWords.Length == 0)
        {
            // Only framing words ("what is it"): search them as typed rather than not at all.
            (typedWords, expandedWords) = (query, expanded);
        }

        var byWords = await store.SearchAsync(typedWords, depth, cancellationToken).ConfigureAwait(false);
        var rankings = new List<(IReadOnlyList<BankQuestion> Ranking, double Weight)> { (byWords.Select(h => h.Question).ToList(), _options.WordsWeight) };
        if (expandedWords != typedWords && expandedWords.Length > 0)
        {
            rankings.Add(([.. (await store.SearchAsync(expandedWords, depth, cancellationToken).ConfigureAwait(false)).Select(h => h.Question)], _options.ExpandedWeight));
        }

        if (encoder() is { } model)
        {
            var index = await QuestionVectors.BuildAsync(store, model, withAnswers: false, cancellationToken).ConfigureAwait(false);
            var vector = model.Encode([expanded == query || !_options.EncodeExpansion ? query : $"{query} ({expanded})"], cancellationToken)[0];
            var nearest = index.Nearest(vector, depth).ToList();
            rankings.Add(([.. nearest.Select(n => n.Question)], _options.MeaningWeight * MeaningTrust(nearest.Count > 0 ? nearest[0].Cosine : 0)));
            if (_options.AnswerMeaningWeight > 0)
            {
                var answered = await QuestionVectors.BuildAsync(store, model, withAnswers: true, cancellationToken).ConfigureAwait(false);
                rankings.Add(([.. answered.Nearest(vector, depth).Select(n => n.Question)], _options.AnswerMeaningWeight));
            }
        }

        return Fuse(rankings, limit);
    }

    /// <summary>
    /// The curated questions nearest in meaning to <paramref name="question"/>, outside its own cluster, closest first;
    /// empty without a sentence encoder.
    /// </summary>
    public async Task<IReadOnlyList<BankQuestion>> RelatedAsync(BankQuestion question, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (count < 1 || encoder() is not { } model)
        {
            return [];
        }

        var index = await QuestionVectors.BuildAsync(store, model, withAnswers: false, cancellationToken).ConfigureAwait(false);
        var vector = model.Encode([question.Question.Text], cancellationToken)[0];
        return [.. index.Nearest(vector, (count * 3) + 10)
            .Select(n => n.Question)
            .Where(q => q.IsCurated && q.Cluster != question.Cluster)
            .DistinctBy(q => q.Cluster)
            .Take(count)];
    }

    // How far the meaning ranking is trusted, from how near its best question is: a query the encoder does not understand
    // ("bleu and rouge", "silhouette score") lands far from every question and its nearest are noise, while its rare
    // words still find the question by name. Full weight from ConfidentCosine up, falling linearly to UnsureShare of
    // it at UnsureCosine and below.
    private double MeaningTrust(double cosine)
    {
        var span = _options.ConfidentCosine - _options.UnsureCosine;
        var t = span <= 0 ? 1 : Math.Clamp((cosine - _options.UnsureCosine) / span, 0, 1);
        return _options.UnsureShare + ((1 - _options.UnsureShare) * t);
    }

    private List<SearchResult> Fuse(List<(IReadOnlyList<BankQuestion> Ranking, double Weight)> rankings, int limit)
    {
        var scores = new Dictionary<string, (BankQuestion Question, double Score)>(StringComparer.Ordinal);
        foreach (var (ranking, weight) in rankings)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var rank = 0;
            foreach (var question in ranking)
            {
                // A cluster counts once per ranking, at its best rank, and is shown by its curated question when it has one.
                if (!seen.Add(question.Cluster))
                {
                    continue;
                }

                rank++;
                var gain = weight / (_options.FusionK + rank);
                scores[question.Cluster] = scores.TryGetValue(question.Cluster, out var found)
                    ? (Prefer(found.Question, question), found.Score + gain)
                    : (question, gain);
            }
        }

        return [.. scores.Values
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Question.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(s => new SearchResult(s.Question, Math.Round(s.Score * 1000, 2), AnswerSnippet.From(s.Question.Question.Answer)))];
    }

    private static BankQuestion Prefer(BankQuestion a, BankQuestion b) => !a.IsCurated && b.IsCurated ? b : a;
}
