using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Viva.Cli.Mock;
using Viva.Cli.Output;
using Viva.Cli.Practice;
using Viva.Core.Analytics;
using Viva.Core.Mock;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Storage;

namespace Viva.Cli.Commands;

/// <summary><c>viva mock</c>: a timed mock interview, graded, with a saved report; <c>--history</c> and <c>--show</c> read saved ones.</summary>
public static class MockCommand
{
    private const int MaxQuestions = 50;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var track = new Option<string?>("--track")
        {
            Description = "ml-engineer (default), data-scientist, llm-engineer, mlops, or custom (with --topics)",
        };
        var topics = new Option<string?>("--topics") { Description = "Comma-separated topics for a custom track, matched like practice --topic (e.g. rag,attention)" };
        var questions = new Option<int?>("--questions") { Description = "How many questions, follow-ups included (default 8)" };
        var minutes = new Option<int?>("--minutes") { Description = "Time for the whole mock (default 45 for 8 questions)" };
        var level = BrowseOptions.Level();
        var seed = new Option<int?>("--seed") { Description = "Draw the same mock again (the seed is shown at the start)" };
        var reveal = new Option<string>("--reveal") { Description = "Show grades and references after each answer, or only at the end", DefaultValueFactory = _ => "end" };
        reveal.AcceptOnlyFromAmong("end", "each");
        var history = new Option<bool>("--history") { Description = "List saved mocks" };
        var show = new Option<long?>("--show") { Description = "Show a saved mock's report" };
        var markdown = new Option<string?>("--markdown") { Description = "With --show: also write the report to this Markdown file" };
        var html = new Option<string?>("--html") { Description = "With --show: also write the report to this printable HTML file" };
        var json = new Option<bool>("--json") { Description = "With --history or --show: print JSON instead of tables" };
        var command = new Command("mock", """
            A timed mock interview drawn from the curated bank: questions across the track's topics, the most asked and your
            weakest topics more often, sometimes followed by a related question. Type each answer (a blank line submits;
            Enter alone or s skips, q ends). The report gives each question's grade, time, key points covered and missed
            and the reference, a readiness figure per topic, and what to study next. Mocks are saved apart from practice:
            they never change when your cards are due.
            """) { track, topics, questions, minutes, level, seed, reveal, history, show, markdown, html, json };
        command.SetAction(async (result, token) =>
        {
            if ((result.GetValue(markdown) ?? result.GetValue(html)) is not null && result.GetValue(show) is null)
            {
                context.WriteError("--markdown and --html export a saved mock: add --show ID");
                return ExitCodes.Usage;
            }

            if (result.GetValue(json) && !result.GetValue(history) && result.GetValue(show) is null)
            {
                context.WriteError("--json prints saved mocks: add --history or --show ID (a mock itself is typed at the terminal)");
                return ExitCodes.Usage;
            }

            if (result.GetValue(questions) is < 1 or > MaxQuestions)
            {
                context.WriteError($"--questions: must be 1 to {MaxQuestions}");
                return ExitCodes.Usage;
            }

            if (result.GetValue(minutes) is < 1)
            {
                context.WriteError("--minutes: must be 1 or more");
                return ExitCodes.Usage;
            }

            if (ParseTrack(context, result.GetValue(track), result.GetValue(topics)) is not { } chosen)
            {
                return ExitCodes.Usage;
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var service = new MockService(store, context.Time, ReviewService.LocalUser);
            if (result.GetValue(history))
            {
                await HistoryAsync(context, store, result.GetValue(json), token).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (result.GetValue(show) is { } id)
            {
                return await ShowAsync(context, service, id, result.GetValue(markdown), result.GetValue(html), result.GetValue(json), token).ConfigureAwait(false);
            }

            var (count, length) = MockOptions.Length(result.GetValue(questions), result.GetValue(minutes));
            var options = new MockOptions(chosen, count, length, BrowseOptions.ParseLevel(result.GetValue(level)),
                result.GetValue(seed) ?? (int)(context.Time.GetUtcNow().ToUnixTimeMilliseconds() % 1_000_000));
            var candidates = await MockCandidates.LoadAsync(store, token).ConfigureAwait(false);
            var reviews = await context.CreateReviewServiceAsync(store, token).ConfigureAwait(false);
            var readiness = StatsCalculator.Compute(await store.GetCardsAsync(reviews.UserId, token).ConfigureAwait(false), [], reviews.Scheduler, reviews.Now, 0)
                .Topics.ToDictionary(t => t.Topic, t => t.MeanRecall, StringComparer.Ordinal);
            var plan = await MockPlanner.PlanAsync(candidates, options, readiness, new MeaningFollowUpFinder(store, context.EncoderLoader.Get, candidates), token)
                .ConfigureAwait(false);
            if (plan.Items.Count == 0)
            {
                context.WriteError($"no curated question matches {chosen.Title}{(options.Level is { } l ? $" at level {l.ToName()}" : "")}");
                return ExitCodes.InputFailed;
            }

            IPracticeInput input = context.Interactive ? new ConsolePracticeInput() : new TextPracticeInput(context.In);
            var session = new MockSession(context, service, input, result.GetValue(reveal) == "each" ? MockReveal.Each : MockReveal.End, context.GradeAsync);
            await session.RunAsync(plan, token).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static MockTrack? ParseTrack(CliContext context, string? name, string? topics)
    {
        var list = (topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (name is null or "custom" && list.Length > 0)
        {
            return MockTrack.Custom(list);
        }

        if (name == "custom")
        {
            context.WriteError("--track custom: name the topics with --topics, e.g. --topics rag,attention");
            return null;
        }

        if (list.Length > 0)
        {
            context.WriteError("--topics: only with --track custom (or without --track)");
            return null;
        }

        if (name is null)
        {
            return MockTrack.MlEngineer;
        }

        var track = MockTrack.Find(name);
        if (track is null)
        {
            context.WriteError($"--track: unknown track '{name}'; use {string.Join(", ", MockTrack.All.Select(t => t.Name))} or custom");
        }

        return track;
    }

    private static async Task HistoryAsync(CliContext context, IBankStore store, bool json, CancellationToken token)
    {
        var mocks = await store.GetMocksAsync(ReviewService.LocalUser, token).ConfigureAwait(false);
        if (json)
        {
            Json.Write(context.Out, MockJson.History(mocks));
            return;
        }

        if (mocks.Count == 0)
        {
            context.Console.MarkupLine("No mocks yet: run [bold]viva mock[/].");
            return;
        }

        var table = new FittedTable().Token("Id").Value("Started (UTC)", Justify.Left).Value("Track", Justify.Left).Value("Level", Justify.Left)
            .Value("Answered").Value("Mean grade").Value("Status", Justify.Left);
        foreach (var mock in mocks)
        {
            table.AddRow($"{mock.Id}", mock.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(mock.Track),
                mock.Level ?? "any", $"{mock.Answers.Count}/{mock.Questions}", mock.MeanScore is { } m ? $"{m:0.0} / 5" : "—",
                mock.FinishedAt is null ? "interrupted" : "finished");
        }

        table.Write(context.Console);
    }

    private static async Task<int> ShowAsync(CliContext context, MockService service, long id, string? markdown, string? html, bool json, CancellationToken token)
    {
        if (await service.ReportAsync(id, token).ConfigureAwait(false) is not { } report)
        {
            context.WriteError($"mock {id}: no such mock (viva mock --history lists them)");
            return ExitCodes.InputFailed;
        }

        if (json)
        {
            Json.Write(context.Out, MockJson.Report(report));
        }
        else
        {
            MockReportRenderer.Print(context.Console, report);
        }

        var code = ExitCodes.Success;
        foreach (var (path, render) in new[] { (markdown, (Func<MockReport, string>)MockMarkdownRenderer.Render), (html, MockHtmlRenderer.Render) })
        {
            if (path is null)
            {
                continue;
            }

            try
            {
                await File.WriteAllTextAsync(path, render(report), token).ConfigureAwait(false);
                if (!json)
                {
                    context.Console.MarkupLine($"Wrote {Markup.Escape(path)}");
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.WriteError($"{path}: cannot write the report: {exception.Message}");
                code = ExitCodes.InputFailed;
            }
        }

        return code;
    }
}
