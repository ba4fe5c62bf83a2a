using Microsoft.AspNetCore.Http.HttpResults;
using Viva.Core.Scheduling;
using Viva.Web.Api.Contracts;
using Viva.Web.Practice;
using Viva.Web.Rendering;

namespace Viva.Web.Api;

/// <summary><c>/api/practice/next</c>, <c>/api/grade</c> and <c>/api/reviews</c>: a practice round over HTTP, with undo and grade overrides.</summary>
public static class PracticeApi
{
    /// <summary>The longest answer accepted, in characters.</summary>
    public const int MaxAnswerLength = 20_000;

    private const string NoVerdict = "none";
    private const string VerdictWords = "a grade override is \"right\" (the grade was too low) or \"wrong\" (too high)";

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapPracticeApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var practice = api.MapGroup("/").WithTags("Practice");
        practice.MapGet("/practice/next", NextAsync).WithName("NextCard");
        practice.MapPost("/grade", GradeAsync).WithName("GradeAnswer");
        practice.MapPost("/reviews", ReviewAsync).WithName("SubmitReview");
        practice.MapPost("/reviews/{id:long}/undo", UndoAsync).WithName("UndoReview");
        practice.MapPost("/reviews/{id:long}/override", OverrideAsync).WithName("OverrideGrade");
        return api;
    }

    /// <summary>The longest answer time a review may record: a day, far beyond any answer, far below what overflows a time span.</summary>
    public const long MaxDurationMs = 24L * 60 * 60 * 1000;

    private static async Task<Results<Ok<NextCardResponse>, ValidationProblem>> NextAsync(
        PracticeService practice, string? topic, string? level, CancellationToken token)
    {
        var (filter, errors) = BrowseQuery.Parse(topic, level, null, false, null);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (card, queue) = await practice.NextAsync(filter, token);
        var dto = card is null ? null : CardDto.From(card, await practice.VersionAsync(card.CardId, token));
        return TypedResults.Ok(new NextCardResponse(dto, queue.Learning.Count, queue.Reviews.Count, queue.New.Count));
    }

    private static async Task<Results<Ok<GradeResponse>, ValidationProblem, ProblemHttpResult>> GradeAsync(
        PracticeService practice, GradeRequest request, CancellationToken token)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.CardId))
        {
            errors["card_id"] = ["give the card's id"];
        }

        if (request.Answer is { Length: > MaxAnswerLength })
        {
            errors["answer"] = [$"an answer is limited to {MaxAnswerLength} characters"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await practice.FindCardAsync(request.CardId!, token) is not { } card)
        {
            return CardNotFound(request.CardId!);
        }

        var graded = await practice.GradeAsync(card, request.Answer ?? "", token);
        return TypedResults.Ok(new GradeResponse(
            CardDto.From(card, graded.Version),
            graded.Grade.Score,
            graded.Grade.Covered,
            graded.Grade.Missed,
            graded.Grade.Notice,
            graded.Suggestion is { } s ? (int)s : null,
            card.Answer is { } answer ? MarkdownHtml.Render(answer) : null,
            card.Head.Question.Curated?.KeyPoints ?? [],
            [.. graded.Outcomes.Select(o => new OutcomeDto((int)o.Rating, o.Rating.ToString(), IntervalText.Describe(o.Interval), o.Card.Due!.Value))])
        {
            Quotes = graded.Grade.Quotes,
            Contradictions = graded.Grade.Contradictions,
            OptionalMissed = graded.Grade.OptionalMissed,
            Partial = [.. graded.Grade.Partial.Keys],
        });
    }

    private static async Task<Results<Created<ReviewDto>, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        PracticeService practice, ReviewRequest request, CancellationToken token)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.CardId))
        {
            errors["card_id"] = ["give the card's id"];
        }

        if (request.Rating is not (>= 1 and <= 4))
        {
            errors["rating"] = ["a rating is 1 (again), 2 (hard), 3 (good) or 4 (easy)"];
        }

        if (request.Score is < 0 or > 5 || request.Score is double.NaN)
        {
            errors["score"] = ["a score is between 0 and 5"];
        }

        if (request.DurationMs is < 0 or > MaxDurationMs)
        {
            errors["duration_ms"] = [$"a duration is between 0 and {MaxDurationMs} milliseconds (a day)"];
        }

        if (request.Answer is { Length: > MaxAnswerLength })
        {
            errors["answer"] = [$"an answer is limited to {MaxAnswerLength} characters"];
        }

        GradeOverride? verdict = null;
        if (request.GradeOverride is not null)
        {
            if (!GradeOverrideNames.TryParse(request.GradeOverride, out var said))
            {
                errors["grade_override"] = [VerdictWords];
            }
            else if (request.Score is null)
            {
                errors["grade_override"] = ["an override needs the grade it overrules: send the score too"];
            }
            else
            {
                verdict = said;
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await practice.FindCardAsync(request.CardId!, token) is null)
        {
            return CardNotFound(request.CardId!);
        }

        var details = new AnswerDetails(string.IsNullOrEmpty(request.Answer) ? null : request.Answer, request.Score, TimeSpan.FromMilliseconds(request.DurationMs ?? 0), verdict);
        var review = await practice.RateAsync(request.CardId!, (Rating)request.Rating!.Value, details, request.Version, token);
        if (review is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Card was modified",
                detail: "The card was rated since it was shown (another tab or a repeated request); fetch the next card.");
        }

        return TypedResults.Created($"/api/questions/{Uri.EscapeDataString(review.CardId)}", ReviewDto.From(review));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UndoAsync(PracticeService practice, long id, CancellationToken token) =>
        await practice.UndoAsync(id, token)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot undo",
                detail: $"Review {id} does not exist or is no longer its card's latest review.");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> OverrideAsync(
        PracticeService practice, long id, OverrideRequest request)
    {
        GradeOverride? verdict = null;
        if (!string.Equals(request.Verdict?.Trim(), NoVerdict, StringComparison.OrdinalIgnoreCase))
        {
            if (!GradeOverrideNames.TryParse(request.Verdict, out var said))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["verdict"] = [VerdictWords + ", or \"none\" to withdraw it"] });
            }

            verdict = said;
        }

        return await practice.OverrideGradeAsync(id, verdict) switch
        {
            GradeOverrideResult.Saved => TypedResults.NoContent(),
            GradeOverrideResult.NotGraded => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Review was not graded",
                detail: $"Review {id} has no score, so there is no grade to overrule."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Review not found",
                detail: $"You have no review {id} (it may have been undone)."),
        };
    }

    private static ProblemHttpResult CardNotFound(string cardId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Card not found", detail: $"No card has the id '{cardId}'.");
}
