using System.CommandLine;
using Spectre.Console;
using Viva.Cli.Practice;
using Viva.Core.Analytics;
using Viva.Core.Scheduling;
using Viva.Core.Storage;

namespace Viva.Cli.Commands;

/// <summary><c>viva practice</c>: today's spaced-repetition session in the terminal.</summary>
public static class PracticeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var fresh = new Option<int>("--new") { Description = "New cards per day", DefaultValueFactory = _ => 20 };
        var topic = new Option<string?>("--topic") { Description = "Only cards whose area or topic contains this text" };
        var level = BrowseOptions.Level();
        var source = new Option<string?>("--source") { Description = "Only cards asked in documents whose name contains this text" };
        var weakest = new Option<int?>("--weakest") { Description = "Only the N topics with the lowest mean recall (as viva stats shows them)" };
        var command = new Command("practice", """
            Practise today's cards: due reviews first, then new ones. Type an answer (a blank line submits,
            Enter alone reveals), compare it with the reference, then rate your recall: 1 again, 2 hard,
            3 good, 4 easy. After a graded answer, r (I was right) or w (I was wrong) overrules the grade; the
            verdict is saved with the rating and shown by 'viva grade --disagreements'. u undoes the last rating,
            s skips, q ends. Every rating is saved at once.
            """) { fresh, topic, level, source, weakest };
        command.SetAction(async (result, token) =>
        {
            if (result.GetValue(fresh) < 0)
            {
                context.WriteError("--new: must be 0 or more");
                return ExitCodes.Usage;
            }

            if (result.GetValue(weakest) is { } count && (count < 1 || result.GetValue(topic) is not null))
            {
                context.WriteError(count < 1 ? "--weakest: must be 1 or more" : "--weakest: cannot be combined with --topic");
                return ExitCodes.Usage;
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var reviews = await context.CreateReviewServiceAsync(store, token).ConfigureAwait(false);
            var filter = new QuestionFilter
            {
                Topic = result.GetValue(topic),
                Level = BrowseOptions.ParseLevel(result.GetValue(level)),
                Source = result.GetValue(source),
            };
            if (result.GetValue(weakest) is { } n)
            {
                var topics = await WeakestTopicsAsync(store, reviews, n, token).ConfigureAwait(false);
                context.Console.MarkupLine($"[grey]Weakest topics: {Markup.Escape(string.Join(", ", topics))}[/]");
                filter = filter with { Topics = topics };
            }

            IPracticeInput input = context.Interactive ? new ConsolePracticeInput() : new TextPracticeInput(context.In);
            var plan = await store.GetInterviewPlanAsync(reviews.UserId, token).ConfigureAwait(false);
            var options = new PracticeOptions(result.GetValue(fresh), filter) { Plan = plan };
            var session = new PracticeSession(context, store, reviews, input, options, context.GradeAsync);
            await session.RunAsync(token).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    // The topics with the lowest mean recall now (new cards count 0), ties by name: the same figures as viva stats.
    private static async Task<IReadOnlyList<string>> WeakestTopicsAsync(IBankStore store, ReviewService reviews, int count, CancellationToken token)
    {
        var cards = await store.GetCardsAsync(reviews.UserId, token).ConfigureAwait(false);
        return WeakestTopics.Of(StatsCalculator.Compute(cards, [], reviews.Scheduler, reviews.Now, 0).Topics, count);
    }
}
