using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Web.Api;
using Viva.Web.Practice;
using Viva.Web.Rendering;

namespace Viva.Web.Pages;

/// <summary>Practice: question → typed answer → grade and reference → rating → next card. Works without script; practice.js adds keys.</summary>
public sealed class PracticeModel(PracticeService practice, StatsService stats, TimeProvider time) : PageModel
{
    // The most topics "practise my weakest topics" takes at once.
    private const int MostWeakest = 20;

    // A form older than this is not timed: the user walked away.
    private static readonly TimeSpan LongestAnswer = TimeSpan.FromHours(1);

    /// <summary>Only cards whose topic contains this text.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    /// <summary>Only cards of this level.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    /// <summary>
    /// Start with the N topics of lowest mean recall (the "practise my weakest topics" link, as <c>viva practice --weakest N</c>);
    /// resolved once into <see cref="Area"/> so that the session keeps its topics while their recall rises.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public int? Weakest { get; set; }

    /// <summary>Only cards of these topics, named exactly as the stats name them.</summary>
    [BindProperty(SupportsGet = true)]
    public string[] Area { get; set; } = [];

    /// <summary>The card to answer, on the question step.</summary>
    public PracticeCard? Card { get; private set; }

    /// <summary>Today's queue.</summary>
    public TodaysCards? Queue { get; private set; }

    /// <summary>The graded answer, on the rating step.</summary>
    public GradedAnswer? Graded { get; private set; }

    /// <summary>A problem to show.</summary>
    public string? Error { get; private set; }

    /// <summary>When the question was shown (Unix milliseconds), to time the answer.</summary>
    public long ShownAt { get; private set; }

    /// <summary>What the last rating did, after the redirect.</summary>
    [TempData]
    public string? Saved { get; set; }

    /// <summary>The log id of the last rating, so it can be undone after the redirect.</summary>
    [TempData]
    public string? LastReview { get; set; }

    /// <summary>Shows the next card.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Weakest is { } count)
        {
            if (count is >= 1 and <= MostWeakest)
            {
                Area = [.. await stats.WeakestAsync(count, cancellationToken)];
                return Redirect(Here());
            }

            Error = $"weakest: must be 1 to {MostWeakest}.";
        }

        var (filter, errors) = BrowseQuery.Parse(Topic, Level, null, false, null);
        if (errors.Count > 0)
        {
            Error = string.Join(" ", errors.Values.SelectMany(v => v));
            Level = null;
            filter = filter with { Level = null };
        }

        (Card, Queue) = await practice.NextAsync(filter with { Topics = Area }, cancellationToken);
        ShownAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        return Page();
    }

    /// <summary>This page with the current filters, where a post returns to.</summary>
    public string Here()
    {
        var query = new QueryBuilder();
        foreach (var (name, value) in new[] { ("topic", Topic), ("level", Level) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name, value);
            }
        }

        query.Add("area", Area);
        return "/practice" + query.ToQueryString();
    }

    /// <summary>Grades the answer and shows the reference and the ratings.</summary>
    public async Task<IActionResult> OnPostGradeAsync(string cardId, string? answer, long shownAt, CancellationToken cancellationToken)
    {
        if (await practice.FindCardAsync(cardId ?? "", cancellationToken) is not { } card)
        {
            Saved = "That card is no longer in the bank.";
            return Redirect(Here());
        }

        answer ??= "";
        if (answer.Length > PracticeApi.MaxAnswerLength)
        {
            answer = answer[..PracticeApi.MaxAnswerLength];
        }

        Graded = await practice.GradeAsync(card, answer, cancellationToken);
        ShownAt = shownAt;
        return Page();
    }

    /// <summary>
    /// "I was right" / "I was wrong": shows the rating step again with the verdict noted and the suggestion following it.
    /// The answer is graded again rather than trusting a score posted back; the verdict is saved with the rating.
    /// </summary>
    public async Task<IActionResult> OnPostVerdictAsync(string cardId, string? answer, long shownAt, int version, string? verdict, CancellationToken cancellationToken)
    {
        var result = await OnPostGradeAsync(cardId, answer, shownAt, cancellationToken);
        if (Graded is not { } graded)
        {
            return result;
        }

        if (graded.Grade.Score is null)
        {
            Error = "Nothing was graded, so there is no grade to overrule.";
        }

        // An unknown word (or "none", sent by the pressed button) withdraws the verdict.
        Graded = PracticeService.WithVerdict(graded with { Version = version }, GradeOverrideNames.TryParse(verdict, out var said) ? said : null);
        return result;
    }

    /// <summary>Records the rating (committed before the redirect) and moves on.</summary>
    public async Task<IActionResult> OnPostRateAsync(string cardId, int rating, string? answer, double? score, long shownAt, int version, string? gradeOverride,
        CancellationToken cancellationToken)
    {
        if (rating is < 1 or > 4 || await practice.FindCardAsync(cardId ?? "", cancellationToken) is null)
        {
            Saved = "That rating could not be recorded: unknown card or rating.";
            return Redirect(Here());
        }

        var duration = AnswerTime.Since(shownAt, time.GetUtcNow(), LongestAnswer);
        var graded = score is >= 0 and <= 5 ? score : null;
        GradeOverride? verdict = graded is not null && GradeOverrideNames.TryParse(gradeOverride, out var said) ? said : null;
        var details = new AnswerDetails(string.IsNullOrWhiteSpace(answer) ? null : answer, graded, duration, verdict);
        var review = await practice.RateAsync(cardId!, (Rating)rating, details, version, cancellationToken);
        Saved = review is null
            ? "That card was already rated (another tab or a repeated click); nothing was recorded twice."
            : $"Saved: {review.Rating} — next in {IntervalText.Describe(review.After.Due!.Value - review.ReviewedAt)}."
                + (review.Override is { } noted ? $" “{noted.Describe()}” noted." : "");
        LastReview = review?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Redirect(Here());
    }

    /// <summary>Takes back the last rating; its card comes back as it was.</summary>
    public async Task<IActionResult> OnPostUndoAsync(long reviewId, CancellationToken cancellationToken)
    {
        Saved = await practice.UndoAsync(reviewId, cancellationToken)
            ? "Undone: the card is back as it was before that rating."
            : "That rating can no longer be undone.";
        return Redirect(Here());
    }
}
