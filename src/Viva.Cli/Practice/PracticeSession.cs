using System.Diagnostics;
using Spectre.Console;
using Viva.Cli.Commands;
using Viva.Cli.Output;
using Viva.Core.Grading;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.States;
using Viva.Core.Search;
using Viva.Core.Storage;
using Viva.Core.Text;

namespace Viva.Cli.Practice;

/// <summary>
/// One sitting of <c>viva practice</c>: shows today's cards one by one, takes a typed answer, reveals the
/// reference, and records the rating (committed before the next card appears).
/// </summary>
public sealed partial class PracticeSession
{
    // Anki's "learn ahead": a step due within this long is shown rather than making the user wait.
    private static readonly TimeSpan LearnAhead = TimeSpan.FromMinutes(20);

    private readonly CliContext _context;
    private readonly IQuestionStore _questions;
    private readonly ReviewService _reviews;
    private readonly IPracticeInput _input;
    private readonly PracticeOptions _options;
    private readonly Func<PracticeCard, string, CancellationToken, Task<Feedback?>> _grade;
    private readonly Stack<(ReviewRecord Review, PracticeCard Card)> _done = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Creates a session.</summary>
    /// <param name="context">Console, input and clock.</param>
    /// <param name="questions">The bank.</param>
    /// <param name="reviews">Queue and review log.</param>
    /// <param name="input">Where answers and choices come from.</param>
    /// <param name="options">New-card limit and filters.</param>
    /// <param name="grade">Grades a typed answer; returns null when it cannot.</param>
    public PracticeSession(CliContext context, IQuestionStore questions, ReviewService reviews, IPracticeInput input, PracticeOptions options,
        Func<PracticeCard, string, CancellationToken, Task<Feedback?>> grade)
    {
        _context = context;
        _questions = questions;
        _reviews = reviews;
        _input = input;
        _options = options;
        _grade = grade;
    }

    private IAnsiConsole Console => _context.Console;

    /// <summary>Runs until the queue is empty, the user quits, or input ends.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var queue = _options.Plan is { } plan && _reviews.DaysUntil(plan.Date) > 0
            ? await _reviews.BuildInterviewQueueAsync(plan, _options.NewPerDay, _options.Filter, cancellationToken).ConfigureAwait(false)
            : await _reviews.BuildQueueAsync(_options.NewPerDay, _options.Filter, cancellationToken).ConfigureAwait(false);
        var learning = queue.Learning.ToList();
        var pending = new Queue<string>(queue.Order);
        Console.MarkupLine($"[bold]Viva practice[/] — {queue.Learning.Count} learning · {queue.Reviews.Count} due · {queue.New.Count} new");
        if (_options.Plan is { } interview && _reviews.DaysUntil(interview.Date) > 0)
        {
            Console.MarkupLine($"[grey]Interview {interview.Date:yyyy-MM-dd} in {Plural.Of(_reviews.DaysUntil(interview.Date), "day")}: the cards that add the most recall on that day per minute, within {Plural.Of(interview.MinutesPerDay, "minute")} today (viva plan).[/]");
        }

        if (queue.Count == 0)
        {
            await SummaryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        while (Next(learning, pending) is { } cardId)
        {
            var members = await _questions.GetClusterAsync(cardId, cancellationToken).ConfigureAwait(false);
            var documents = await _questions.GetDocumentCountAsync(cardId, cancellationToken).ConfigureAwait(false);
            if (PracticeCard.From(cardId, members, documents) is not { } card)
            {
                continue;
            }

            var step = await ShowAsync(card, Progress(cardId, learning, pending), cancellationToken).ConfigureAwait(false);
            if (step == Step.Quit)
            {
                break;
            }

            if (step == Step.Undo)
            {
                await UndoAsync(learning, pending, cardId, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (step == Step.Skip)
            {
                Console.MarkupLine($"[grey]↷ Skipped “{Markup.Escape(BrowseOptions.Shorten(LatexText.Render(card.Head.Question.Text), 60))}”: not rated, it stays due.[/]");
                continue;
            }

            if (_done.Count == 0 || _done.Peek().Card.CardId != cardId)
            {
                continue;
            }

            var after = _done.Peek().Review.After;
            if (after.Phase is CardPhase.Learning or CardPhase.Relearning && after.Due < StudyDays.NextDayStart(_reviews.Now, _reviews.Scheduler.Options.TimeZone, _reviews.Scheduler.Options.DayStartHour))
            {
                learning.Add(new DueCard(cardId, after));
            }
        }

        await SummaryAsync(cancellationToken).ConfigureAwait(false);
    }

    // Counts cards, not showings: a card back on a same-day learning step is still one card left, and an undone
    // rating gives its card back to the cards left, so done + left stays the same through the session.
    private string Progress(string current, List<DueCard> learning, Queue<string> pending)
    {
        var left = learning.Select(l => l.CardId).Concat(pending).Append(current).ToHashSet();
        var done = _done.Select(d => d.Card.CardId).Where(id => !left.Contains(id)).Distinct().Count();
        return $"{done} done · {left.Count} left";
    }

    private string? Next(List<DueCard> learning, Queue<string> pending)
    {
        var now = _reviews.Now;
        var ready = learning.Where(l => l.Card.Due <= now).OrderBy(l => l.Card.Due).FirstOrDefault()
            ?? (pending.Count == 0 ? learning.Where(l => l.Card.Due <= now + LearnAhead).OrderBy(l => l.Card.Due).FirstOrDefault() : null);
        if (ready is not null)
        {
            learning.Remove(ready);
            return ready.CardId;
        }

        return pending.Count > 0 ? pending.Dequeue() : null;
    }

    private enum Step
    {
        Rated,
        Skip,
        Undo,
        Quit,
    }

    private async Task<Step> ShowAsync(PracticeCard card, string progress, CancellationToken cancellationToken)
    {
        var started = _clock.Elapsed;
        var q = card.Head.Question;
        Console.WriteLine();
        var asked = card.Documents switch { 0 => "asked in no source document", 1 => "asked in 1 document", var n => $"asked in {n} documents" };
        Console.Write(new Rule($"[grey]{progress} · {Markup.Escape(card.Topic)} · {q.Level?.ToName() ?? "any level"} · {asked}[/]").LeftJustified());
        Console.MarkupLine($"[bold]{Markup.Escape(LatexText.Render(q.Text))}[/]");
        var exercise = q.Curated?.Exercise;
        string? answer;
        if (exercise is null)
        {
            Console.MarkupLine("[grey]Type your answer; a blank line submits. Enter alone reveals the answer. (s skip · u undo · q quit)[/]");
            answer = _input.ReadAnswer();
        }
        else
        {
            answer = AskCode(exercise);
        }

        switch (answer?.Trim().ToLowerInvariant())
        {
            case null or "q":
                return Step.Quit;
            case "s":
                return Step.Skip;
            case "u":
                return Step.Undo;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var scored = exercise is null
            ? await RevealAsync(card, answer, cancellationToken).ConfigureAwait(false)
            : await JudgeAsync(exercise, answer, _clock.Elapsed - started, cancellationToken).ConfigureAwait(false);
        var outcomes = await _reviews.PreviewAsync(card.CardId, cancellationToken).ConfigureAwait(false);
        var graded = _lastScore is not null;
        var suggestion = scored;
        GradeOverride? verdict = null;
        Console.WriteLine();
        WriteRatings(outcomes, suggestion);
        Console.MarkupLine(Legend(suggestion, graded));

        while (true)
        {
            var choice = _input.ReadChoice();
            if (choice is null or "q")
            {
                return Step.Quit;
            }

            if (choice == "s")
            {
                return Step.Skip;
            }

            if (choice == "u")
            {
                return Step.Undo;
            }

            if (choice is VerdictRight or VerdictWrong)
            {
                if (!graded)
                {
                    Console.MarkupLine("[yellow]Nothing was graded, so there is no grade to overrule.[/]");
                    continue;
                }

                // The same key again takes the verdict back, so a slip costs nothing.
                var said = choice == VerdictRight ? GradeOverride.Right : GradeOverride.Wrong;
                verdict = verdict == said ? null : said;
                suggestion = RatingSuggestion.AfterOverride(scored, verdict);
                Console.MarkupLine(verdict is { } v
                    ? $"[grey]Noted: {v.Describe()} (the grade was too {(v == GradeOverride.Right ? "low" : "high")}); it is saved with your rating. Enter now accepts {suggestion}; {choice} again takes it back.[/]"
                    : $"[grey]Verdict taken back. Enter accepts {suggestion}.[/]");
                WriteRatings(outcomes, suggestion);
                continue;
            }

            var rating = choice.Length == 0 ? suggestion : SchedulerArguments.ParseRating(choice);
            if (rating is not { } chosen)
            {
                Console.MarkupLine(graded
                    ? "[yellow]Press 1 (again), 2 (hard), 3 (good) or 4 (easy); r or w to overrule the grade.[/]"
                    : "[yellow]Press 1 (again), 2 (hard), 3 (good) or 4 (easy).[/]");
                continue;
            }

            var details = new AnswerDetails(answer.Length == 0 ? null : answer, _lastScore, _clock.Elapsed - started, verdict);
            var review = await _reviews.AnswerAsync(card.CardId, chosen, details, CancellationToken.None).ConfigureAwait(false);
            _done.Push((review, card));
            Console.MarkupLine($"[green]✓[/] {chosen} — next in {IntervalText.Describe(review.After.Due!.Value - review.ReviewedAt)}"
                + (verdict is { } noted ? $" · “{noted.Describe()}” noted" : ""));
            return Step.Rated;
        }
    }

    private const string VerdictRight = "r";
    private const string VerdictWrong = "w";

    // The four ratings with the interval each would give, the suggested one highlighted.
    private void WriteRatings(IReadOnlyList<ScheduledOutcome> outcomes, Rating? suggestion) =>
        Console.MarkupLine(string.Join("   ", outcomes.Select(o =>
            $"{(o.Rating == suggestion ? "[bold reverse]" : "[bold]")}{(int)o.Rating} {o.Rating}[/] [grey]{IntervalText.Describe(o.Interval)}[/]")));

    private static string Legend(Rating? suggestion, bool graded) =>
        "[grey]Rate 1–4" + (suggestion is { } s ? $" (Enter accepts {s})" : "")
        + (graded ? $" · {VerdictRight} I was right · {VerdictWrong} I was wrong" : "")
        + " · s skip · u undo · q quit[/]";

    private double? _lastScore;

    private async Task<Rating?> RevealAsync(PracticeCard card, string answer, CancellationToken cancellationToken)
    {
        _lastScore = null;
        Rating? suggestion = null;
        var curated = card.Head.Question.Curated;
        if (answer.Length > 0 && curated is { Kind: QuestionKind.Numeric, NumericAnswer: { } expected })
        {
            var correct = NumericAnswerCheck.IsCorrect(answer, expected, curated.Tolerance ?? 0);
            Console.MarkupLine(correct switch
            {
                true => "[green]✓ Correct.[/]",
                false => $"[red]✗ Not quite: the answer is {expected}.[/]",
                null => "[yellow]No number found in your answer.[/]",
            });
            suggestion = correct == true ? Rating.Good : correct == false ? Rating.Again : null;
            _lastScore = correct switch { true => 5, false => 0, null => null };
        }
        else if (answer.Length > 0 && await _grade(card, answer, cancellationToken).ConfigureAwait(false) is { } feedback)
        {
            _lastScore = feedback.Score;
            suggestion = RatingSuggestion.FromScore(feedback.Score);
            var colour = feedback.Score >= 4 ? "green" : feedback.Score >= 2.5 ? "yellow" : "red";
            Console.MarkupLine($"[bold {colour}]Score {feedback.Score:0.##} / 5[/]");
            foreach (var (point, quote) in feedback.Covered)
            {
                Console.MarkupLine($"  [green]✓[/] {Markup.Escape(LatexText.Render(point))}" + (quote.Length > 0 ? $" [grey]— “{Markup.Escape(QuoteText.Elide(quote, 80))}”[/]" : ""));
            }

            foreach (var point in feedback.Missed)
            {
                Console.MarkupLine(feedback.Partial.TryGetValue(point, out var part) && part.Length > 0
                    ? $"  [yellow]◐[/] {Markup.Escape(LatexText.Render(point))} [grey]— partly or not clearly: “{Markup.Escape(QuoteText.Elide(part, 80))}”[/]"
                    : $"  [red]✗[/] {Markup.Escape(LatexText.Render(point))}");
            }

            foreach (var point in feedback.OptionalMissed)
            {
                Console.MarkupLine($"  [grey]○ {Markup.Escape(LatexText.Render(point))} — an extra you could add[/]");
            }

            foreach (var contradiction in feedback.Contradictions)
            {
                Console.MarkupLine($"  [red]![/] {Markup.Escape(contradiction)}");
            }

            if (feedback.Notice is { } notice)
            {
                Console.MarkupLine($"[grey]{Markup.Escape(notice)}[/]");
            }
        }

        Console.Write(new Rule("[grey]Reference answer[/]").LeftJustified());
        if (card.Answer is { } reference)
        {
            Console.Write(MarkdownRenderer.Render(reference));
        }
        else
        {
            Console.MarkupLine("[grey]No answer in the bank yet.[/]");
        }

        if (curated is { KeyPoints.Count: > 0 })
        {
            Console.WriteLine();
            Console.MarkupLine("[bold]Key points[/]");
            foreach (var point in curated.KeyPoints)
            {
                Console.Write(new Padder(new Markup("• " + Markup.Escape(LatexText.Render(point))), new Padding(1, 0, 0, 0)));
            }
        }

        await WriteRelatedAsync(card, cancellationToken).ConfigureAwait(false);
        return suggestion;
    }

    // Nearest curated questions in meaning, outside this card's cluster: what to look at next while the topic is fresh.
    private async Task WriteRelatedAsync(PracticeCard card, CancellationToken cancellationToken)
    {
        var related = await new HybridSearch(_questions, _context.EncoderLoader.Get).RelatedAsync(card.Head, 3, cancellationToken).ConfigureAwait(false);
        if (related.Count > 0)
        {
            Console.MarkupLine("[grey]Related: " + string.Join(" · ", related.Select(q => $"{Markup.Escape(BrowseOptions.Shorten(LatexText.Render(q.Question.Text), 60))} ({Markup.Escape(q.Id)})")) + "[/]");
        }
    }

    private async Task UndoAsync(List<DueCard> learning, Queue<string> pending, string current, CancellationToken cancellationToken)
    {
        if (_done.Count == 0)
        {
            Console.MarkupLine("[yellow]Nothing to undo in this session.[/]");
            Requeue(pending, current);
            return;
        }

        var (review, card) = _done.Pop();
        if (!await _reviews.UndoAsync(review.Id, cancellationToken).ConfigureAwait(false))
        {
            Console.MarkupLine("[yellow]That review can no longer be undone.[/]");
            Requeue(pending, current);
            return;
        }

        learning.RemoveAll(l => l.CardId == card.CardId);
        Console.MarkupLine($"[green]↶[/] Undid {review.Rating} on “{Markup.Escape(BrowseOptions.Shorten(LatexText.Render(card.Head.Question.Text), 60))}”.");
        Requeue(pending, current);
        Requeue(pending, card.CardId);
    }

    // Puts a card at the front of the queue.
    private static void Requeue(Queue<string> pending, string cardId)
    {
        var rest = pending.ToList();
        pending.Clear();
        pending.Enqueue(cardId);
        foreach (var id in rest.Where(id => id != cardId))
        {
            pending.Enqueue(id);
        }
    }

    private async Task SummaryAsync(CancellationToken cancellationToken)
    {
        var reviews = _done.Select(d => d.Review).ToList();
        Console.WriteLine();
        if (reviews.Count > 0)
        {
            var recalled = reviews.Count(r => r.Rating != Rating.Again);
            Console.MarkupLine($"[bold]Session done:[/] {Plural.Of(reviews.Count, "review")} of {Plural.Of(reviews.Select(r => r.CardId).Distinct().Count(), "card")} · " +
                $"recalled {recalled * 100 / reviews.Count}% · {IntervalText.Describe(_clock.Elapsed)}");
        }

        var now = _reviews.Now;
        var cards = await _reviews.Store.GetCardsAsync(_reviews.UserId, cancellationToken).ConfigureAwait(false);
        var next = cards.Where(c => c.Card?.Due > now).Select(c => c.Card!.Due!.Value).DefaultIfEmpty().Min();
        var unseen = cards.Count(c => c.Card is null);
        Console.MarkupLine(next == default
            ? $"Nothing scheduled yet · {Plural.Of(unseen, "new card")} in the bank."
            : $"Next card due in {IntervalText.Describe(next - now)} ({next.ToLocalTime():ddd d MMM HH:mm}) · {Plural.Of(unseen, "new card")} left in the bank.");
    }
}
