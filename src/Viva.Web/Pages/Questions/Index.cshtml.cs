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

        Listed = await questions.ListAsync(filter, cancellationToken);
    }
}
