using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Core.Storage;
using Viva.Web.Api;
using Viva.Web.Api.Contracts;
using Viva.Web.Data;
using Viva.Web.Practice;

namespace Viva.Web.Pages.Questions;

/// <summary>Browse by topic, level, source and unanswered; or full-text search with the matches marked.</summary>
public sealed class IndexModel(QuestionService questions, BankLease bank) : PageModel
{
    private const int PageSize = 200;

    // Far beyond any bank; keeps a typed page number from asking for billions of rows.
    private const int MaxPage = 1000;

    /// <summary>Search text.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Topic filter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    /// <summary>Level filter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    /// <summary>Source filter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    /// <summary>Only unanswered questions.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Unanswered { get; set; }

    /// <summary>The page of the list to show, from 1 (the query's <c>page</c>, read by hand: Razor Pages keeps that name for its own route value).</summary>
    public int PageNumber { get; private set; } = 1;

    /// <summary>True when the list goes on after this page.</summary>
    public bool HasNextPage { get; private set; }

    /// <summary>Search results, when searching.</summary>
    public IReadOnlyList<SearchResultDto>? Results { get; private set; }

    /// <summary>Listed questions, when browsing.</summary>
    public IReadOnlyList<QuestionSummary> Listed { get; private set; } = [];

    /// <summary>The imported documents.</summary>
    public IReadOnlyList<SourceSummary> Sources { get; private set; } = [];

    /// <summary>A problem with the filters.</summary>
    public string? Error { get; private set; }

    /// <summary>How many are shown at most.</summary>
    public static int Limit => PageSize;

    /// <summary>Searches or lists.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sources = await bank.Store.GetSourcesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Results = await questions.SearchAsync(Q.Length > QuestionsApi.MaxSearchLength ? Q[..QuestionsApi.MaxSearchLength] : Q, PageSize, cancellationToken);
            return;
        }

        var (filter, errors) = BrowseQuery.Parse(Topic, Level, Source, Unanswered, PageSize);
        if (errors.Count > 0)
        {
            Error = string.Join(" ", errors.Values.SelectMany(v => v));
            return;
        }

        // The store lists from the start, so a page reads up to its end plus one question that says whether another follows.
        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page)
            ? Math.Clamp(page, 1, MaxPage)
            : 1;
        var skip = (PageNumber - 1) * PageSize;
        var rows = await questions.ListAsync(filter with { Limit = skip + PageSize + 1 }, cancellationToken);
        HasNextPage = rows.Count > skip + PageSize;
        Listed = [.. rows.Skip(skip).Take(PageSize)];
    }

    /// <summary>The address of another page of the same list.</summary>
    public string PageLink(int page)
    {
        var query = new QueryBuilder();
        foreach (var (name, value) in new[] { ("topic", Topic), ("level", Level), ("source", Source), ("unanswered", Unanswered ? "true" : null) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name, value);
            }
        }

        if (page > 1)
        {
            query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/questions" + query.ToQueryString();
    }
}
