using Microsoft.AspNetCore.Http.HttpResults;
using Viva.Web.Api.Contracts;
using Viva.Web.Data;
using Viva.Web.Practice;

namespace Viva.Web.Api;

/// <summary><c>/api/questions</c> and <c>/api/sources</c>: list, search and show questions.</summary>
public static class QuestionsApi
{
    /// <summary>The longest search text accepted.</summary>
    public const int MaxSearchLength = 500;

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapQuestionsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var questions = api.MapGroup("/questions").WithTags("Questions");
        questions.MapGet("/", ListAsync).WithName("ListQuestions");
        questions.MapGet("/search", SearchAsync).WithName("SearchQuestions");
        questions.MapGet("/{id}", GetAsync).WithName("GetQuestion");
        api.MapGet("/sources", async (BankLease bank, CancellationToken token) => TypedResults.Ok(await bank.Store.GetSourcesAsync(token)))
            .WithTags("Questions").WithName("ListSources");
        return api;
    }

    private static async Task<Results<Ok<QuestionListResponse>, ValidationProblem>> ListAsync(
        QuestionService service, string? topic, string? level, string? source, bool? unanswered, int? limit, CancellationToken token)
    {
        var (filter, errors) = BrowseQuery.Parse(topic, level, source, unanswered ?? false, limit ?? 100);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(new QuestionListResponse(await service.ListAsync(filter, token)));
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(QuestionService service, string? q, int? limit, CancellationToken token)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["give the text to search for"];
        }
        else if (q.Length > MaxSearchLength)
        {
            errors["q"] = [$"search text is limited to {MaxSearchLength} characters"];
        }

        if (limit is < 1 or > BrowseQuery.MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {BrowseQuery.MaxLimit}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(new SearchResponse(await service.SearchAsync(q!, limit ?? 20, token)));
    }

    private static async Task<Results<Ok<QuestionDetail>, ProblemHttpResult>> GetAsync(QuestionService service, string id, CancellationToken token) =>
        await service.DetailAsync(id, token) is { } detail
            ? TypedResults.Ok(detail)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Question not found", detail: $"No question has the id '{id}'.");
}
