using Viva.Core.Grading;
using Viva.Core.Linking;
using Viva.Core.Search;
using Viva.Core.Storage;
using Viva.Semantics;
using Viva.Web.Api.Contracts;
using Viva.Web.Data;
using Viva.Web.Rendering;
using Viva.Web.Users;

namespace Viva.Web.Practice;

/// <summary>Browsing and search over the bank, with the current user's history on each card.</summary>
public sealed class QuestionService(BankLease bank, IUserContext user, TextEncoderLoader encoder, HybridGrader grader)
{
    private readonly HybridSearch _search = new(bank.Store, encoder.Get);

    /// <summary>Questions that pass <paramref name="filter"/>.</summary>
    public async Task<IReadOnlyList<QuestionSummary>> ListAsync(QuestionFilter filter, CancellationToken cancellationToken) =>
        [.. (await bank.Store.ListAsync(filter, cancellationToken)).Select(QuestionSummary.From)];

    /// <summary>Search by words and meaning, best first, one result per cluster, with the matched words marked.</summary>
    public async Task<IReadOnlyList<SearchResultDto>> SearchAsync(string text, int limit, CancellationToken cancellationToken) =>
        [.. (await _search.SearchAsync(text, limit, cancellationToken)).Select(hit => new SearchResultDto(
            hit.Question.Id, hit.Question.Question.Text, hit.Question.Question.Topic, hit.Score,
            SearchHighlighter.Highlight(hit.Question.Question.Text, text), hit.Snippet))];

    /// <summary>One question with answer, key points, duplicates from other documents and the user's history; null when unknown.</summary>
    public async Task<QuestionDetail?> DetailAsync(string id, CancellationToken cancellationToken)
    {
        if (await bank.Store.FindAsync(id, cancellationToken) is not { } question)
        {
            return null;
        }

        var q = question.Question;
        var duplicates = (await bank.Store.GetClusterAsync(question.Cluster, cancellationToken))
            .Where(d => d.Id != question.Id && d.Question.Source != q.Source)
            .Select(d => new DuplicateDto(d.Id, d.Question.Source, d.Question.Line, d.Question.Text))
            .ToList();
        var history = await bank.Store.GetCardHistoryAsync(user.UserId, question.Cluster, cancellationToken);
        var related = await _search.RelatedAsync(question, 5, cancellationToken);
        var cluster = await bank.Store.GetClusterAsync(question.Cluster, cancellationToken);
        var conflicts = cluster.Count > 1 ? await AnswerConflicts.FindAsync(cluster, grader, cancellationToken) : [];
        return new QuestionDetail(
            QuestionSummary.From(question),
            q.Answer,
            q.Answer is { } answer ? MarkdownHtml.Render(answer) : null,
            q.Curated?.KeyPoints ?? [],
            q.Curated?.Tags ?? [],
            duplicates,
            [.. history.Select(ReviewDto.From)])
        {
            Related = [.. related.Select(r => new RelatedDto(r.Id, r.Question.Text))],
            Conflicts = [.. conflicts.Select(c => new ConflictDto(c.Id, c.Source, c.Line, c.ReferenceId, c.Reasons))],
        };
    }
}
