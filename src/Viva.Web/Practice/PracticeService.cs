using Microsoft.Extensions.Options;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Storage;
using Viva.Web.Data;
using Viva.Web.Grading;
using Viva.Web.Hosting;

namespace Viva.Web.Practice;

/// <summary>
/// Practice over HTTP, where no session lives between requests: picks the card to show now from today's
/// queue, grades an answer and previews the four ratings, and records a rating (committed before it returns).
/// </summary>
public sealed class PracticeService(BankLease bank, ReviewService reviews, IPracticeGrader grader, IOptions<VivaWebOptions> options)
{
    /// <summary>
    /// Today's queue: with an interview date ahead (<c>viva plan</c> or the settings page), the cards that add the most
    /// recall on the day within the daily minutes, as <c>viva practice</c> orders them; otherwise the default order.
    /// </summary>
    public async Task<TodaysCards> QueueAsync(QuestionFilter filter, CancellationToken cancellationToken)
    {
        var plan = await bank.Store.GetInterviewPlanAsync(reviews.UserId, cancellationToken);
        return plan is not null && reviews.DaysUntil(plan.Date) > 0
            ? await reviews.BuildInterviewQueueAsync(plan, options.Value.NewPerDay, filter, cancellationToken)
            : await reviews.BuildQueueAsync(options.Value.NewPerDay, filter, cancellationToken);
    }

    // Anki's "learn ahead": when nothing else is left, a step due within this long is shown rather than making the user wait.
    private static readonly TimeSpan LearnAhead = TimeSpan.FromMinutes(20);

    /// <summary>The card to practise now, or null when today's queue is done; with the queue's size.</summary>
    public async Task<(PracticeCard? Card, TodaysCards Queue)> NextAsync(QuestionFilter filter, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(filter, cancellationToken);
        var now = reviews.Now;
        var candidates = queue.Learning.Where(l => l.Card.Due <= now).Select(l => l.CardId)
            .Concat(queue.Order)
            .Concat(queue.Learning.Where(l => l.Card.Due <= now + LearnAhead).Select(l => l.CardId));
        foreach (var cardId in candidates)
        {
            if (await FindCardAsync(cardId, cancellationToken) is { } card)
            {
                return (card, queue);
            }
        }

        return (null, queue);
    }

    /// <summary>The card with this id (a cluster id), or null.</summary>
    public async Task<PracticeCard?> FindCardAsync(string cardId, CancellationToken cancellationToken) =>
        PracticeCard.From(cardId, await bank.Store.GetClusterAsync(cardId, cancellationToken),
            await bank.Store.GetDocumentCountAsync(cardId, cancellationToken));

    /// <summary>How many times the card was rated: the version a rating form was made for.</summary>
    public async Task<int> VersionAsync(string cardId, CancellationToken cancellationToken) =>
        (await reviews.GetCardAsync(cardId, cancellationToken)).Reps;

    /// <summary>Grades <paramref name="answer"/> and previews what each rating would schedule.</summary>
    public async Task<GradedAnswer> GradeAsync(PracticeCard card, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var grade = await grader.GradeAsync(card.Head, card.Answer, answer, cancellationToken);
        var outcomes = await reviews.PreviewAsync(card.CardId, cancellationToken);
        var version = await VersionAsync(card.CardId, cancellationToken);
        Rating? suggestion = grade.Suggestion ?? (grade.Score is { } score ? RatingSuggestion.FromScore(score) : null);
        return new GradedAnswer(card, answer, grade, suggestion, outcomes, version);
    }

    /// <summary>
    /// The same graded answer with the user's verdict on its grade (null: none), the suggestion following it; an answer
    /// that was not graded has no grade to overrule and is returned as it was.
    /// </summary>
    public static GradedAnswer WithVerdict(GradedAnswer graded, GradeOverride? verdict)
    {
        ArgumentNullException.ThrowIfNull(graded);
        if (graded.Grade.Score is not { } score)
        {
            return graded;
        }

        return graded with { Verdict = verdict, Suggestion = RatingSuggestion.AfterOverride(graded.Grade.Suggestion ?? RatingSuggestion.FromScore(score), verdict) };
    }

    /// <summary>Records a rating unless the card was rated since <paramref name="expectedVersion"/> (then null).</summary>
    public async Task<ReviewRecord?> RateAsync(string cardId, Rating rating, AnswerDetails details, int? expectedVersion, CancellationToken cancellationToken)
    {
        // Once the user has rated, a closed tab must not lose the review: no cancellation from here on.
        return expectedVersion is { } expected
            ? await reviews.AnswerIfUnchangedAsync(cardId, rating, details, expected, CancellationToken.None)
            : await reviews.AnswerAsync(cardId, rating, details, CancellationToken.None);
    }

    /// <summary>Stores the user's verdict on the grade of one of their reviews (null withdraws it).</summary>
    public Task<GradeOverrideResult> OverrideGradeAsync(long reviewId, GradeOverride? verdict) =>
        reviews.OverrideGradeAsync(reviewId, verdict, CancellationToken.None);

    /// <summary>Takes back a rating if it is still its card's latest; false otherwise.</summary>
    public Task<bool> UndoAsync(long reviewId, CancellationToken cancellationToken) =>
        reviews.UndoAsync(reviewId, CancellationToken.None);
}
