using Viva.Core.Storage;
using Viva.Web.Api.Contracts;
using Viva.Web.Data;
using Viva.Web.Rendering;
using Viva.Web.Users;

namespace Viva.Web.Practice;

/// <summary>Browsing and search over the bank, with the current user's history on each card.</summary>
public sealed class QuestionService(BankLease bank, IUserContext user)
{
    /// <summary>Questions that pass <paramref name="filter"/>.</summary>
    public async Task<IReadOnlyList<QuestionSummary>> ListAsync(QuestionFilter filter, CancellationToken cancellationToken) =>
        [.. (await bank.Store.ListAsync(filter, cancellationToken)).Select(QuestionSummary.From)];

    /// <summary>Full-text search, best first, with the matched words marked.</summary>
    public async Task<IReadOnlyList<SearchResultDto>> SearchAsync(string text, int limit, CancellationToken cancellationToken) =>
        [.. (await bank.Store.SearchAsync(text, limit, cancellationToken)).Select(hit => new SearchResultDto(
            hit.Question.Id, hit.Question.Question.Text, hit.Question.Question.Topic, Math.Round(hit.Score, 3),
            SearchHighlighter.Highlight(hit.Question.Question.Text, text)))];

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
        return new QuestionDetail(
            QuestionSummary.From(question),
            q.Answer,
            q.Answer is { } answer ? MarkdownHtml.Render(answer) : null,
            q.Curated?.KeyPoints ?? [],
            q.Curated?.Tags ?? [],
            duplicates,
            [.. history.Select(ReviewDto.From)]);
    }
}
