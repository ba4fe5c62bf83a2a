using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Viva.Cli.Exercises;
using Viva.Cli.Output;
using Viva.Core.Exercises;
using Viva.Core.Questions;
using Viva.Judging;
using Viva.Judging.Python;

namespace Viva.Cli.Commands;

/// <summary>
/// <c>viva exercise [ID] [--file F] [--lang L] [--hints] [--json]</c>: judges one attempt at a code exercise and suggests
/// the rating; with no ID, lists the exercises.
/// </summary>
public static class ExerciseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID") { Description = "The exercise's id; leave out to list the exercises", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file") { Description = "Judge the code in FILE (default: $EDITOR on the starter at a terminal, else standard input)", HelpName = "FILE" };
        var lang = new Option<string?>("--lang") { Description = "The language of the attempt: sql, python or csharp (default: the exercise's first)", HelpName = "L" };
        var hints = new Option<bool>("--hints") { Description = "Show the hints first (the suggested rating is then at most good)" };
        var json = BrowseOptions.Json();
        var command = new Command("exercise", "Judge an attempt at a code exercise against its tests, show failing tests with expected and actual, and suggest a rating")
        {
            id, file, lang, hints, json,
        };
        command.SetAction(async (result, token) =>
        {
            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            if (result.GetValue(id) is not { } wanted)
            {
                var all = await store.GetAllAsync(token).ConfigureAwait(false);
                List(context, result.GetValue(json), [.. all.Select(s => s.Question).Where(q => q.Question.Curated?.Exercise is not null)]);
                return ExitCodes.Success;
            }

            var question = await store.FindAsync(wanted, token).ConfigureAwait(false);
            if (question?.Question.Curated?.Exercise is not { } exercise)
            {
                context.WriteError(question is null
                    ? $"{wanted}: no question with this id (run 'viva exercise' to list the exercises)"
                    : $"{wanted}: not an exercise; it is answered in words (try 'viva practice' or 'viva grade')");
                return ExitCodes.InputFailed;
            }

            var language = ExerciseLanguages.Normalize(result.GetValue(lang) ?? exercise.Languages[0]);
            if (exercise.For(language) is not { } code)
            {
                context.WriteError($"--lang {result.GetValue(lang)}: {wanted} is offered in {string.Join(" and ", exercise.Languages)}");
                return ExitCodes.Usage;
            }

            if (Judges.For(language) is not { } judge)
            {
                context.WriteError($"{language} attempts are not judged yet; {wanted} is offered in {string.Join(" and ", exercise.Languages)}");
                return ExitCodes.InputFailed;
            }

            // Said before the editor opens, so nobody writes an attempt that cannot be judged.
            if (language == ExerciseLanguages.Python && PythonJudge.MissingModule(exercise) is { } missing)
            {
                context.WriteError($"{wanted}: {missing}, so attempts cannot be judged here");
                return ExitCodes.InputFailed;
            }

            var attempt = Read(context, question, exercise, language, code, result.GetValue(file), result.GetValue(hints), out var taken);
            if (attempt is null)
            {
                return ExitCodes.InputFailed;
            }

            // Without --lang, an attempt written in another language the exercise offers (a C# file, say) is judged in that one.
            if (result.GetValue(lang) is null && AttemptLanguage.Guess(exercise.Languages, attempt) is var written && written != language
                && Judges.For(written) is { } other)
            {
                (language, judge) = (written, other);
            }

            var judged = await judge.JudgeAsync(exercise, attempt, JudgeLimits.Default, token).ConfigureAwait(false);
            var suggested = ExerciseRating.Suggest(judged, taken ?? TimeSpan.MaxValue, result.GetValue(hints));
            if (result.GetValue(json))
            {
                Json.Write(context.Out, ExerciseReport.Json(question.Id, language, judged, exercise.Tests.Count, suggested));
            }
            else
            {
                ExerciseReport.Render(context.Console, judged, exercise.Tests.Count, suggested);
            }

            return judged.Status == JudgeStatus.Passed ? ExitCodes.Success : ExitCodes.InputFailed;
        });
        return command;
    }

    /// <summary>The attempt's code, or null after writing why there is none. <paramref name="taken"/> is unknown for a file.</summary>
    private static string? Read(CliContext context, BankQuestion question, Exercise exercise, string language, ExerciseCode code, string? file, bool hints, out TimeSpan? taken)
    {
        taken = null;
        if (file is not null)
        {
            if (!File.Exists(file))
            {
                context.WriteError($"{file}: no such file");
                return null;
            }

            return File.ReadAllText(file);
        }

        var clock = Stopwatch.StartNew();
        if (context.Interactive)
        {
            ShowPrompt(context.Console, question, exercise, language, code, hints);
        }

        var attempt = AttemptReader.FromEditor(context, language, code);
        if (attempt is null && context.Interactive)
        {
            context.Console.MarkupLine("[grey]Type or paste your attempt; Ctrl-D on an empty line submits.[/]");
        }

        attempt ??= AttemptReader.FromInput(context);
        taken = clock.Elapsed;
        if (attempt.Trim().Length == 0)
        {
            context.WriteError("the attempt is empty; nothing to judge");
            return null;
        }

        return attempt;
    }

    /// <summary>The question, its prompt and the starter, as a card shows them.</summary>
    internal static void ShowPrompt(IAnsiConsole console, BankQuestion question, Exercise exercise, string language, ExerciseCode code, bool hints)
    {
        console.MarkupLine($"[bold]{Markup.Escape(question.Question.Text)}[/] [grey]({question.Id}, {language})[/]");
        console.WriteLine();
        console.WriteLine(exercise.Prompt);
        if (code.Starter is { } starter)
        {
            console.WriteLine();
            console.MarkupLine("[grey]starter:[/]");
            console.WriteLine(starter.TrimEnd());
        }

        if (hints)
        {
            console.WriteLine();
            foreach (var hint in exercise.Hints)
            {
                console.MarkupLine($"[yellow]hint:[/] {Markup.Escape(hint)}");
            }
        }

        console.WriteLine();
    }

    private static void List(CliContext context, bool json, List<BankQuestion> exercises)
    {
        if (json)
        {
            Json.Write(context.Out, new
            {
                exercises = exercises.Select(q => new
                {
                    id = q.Id,
                    question = q.Question.Text,
                    level = q.Question.Level?.ToName(),
                    languages = q.Question.Curated!.Exercise!.Languages,
                    requires = q.Question.Curated.Exercise.Requires,
                }),
            });
            return;
        }

        foreach (var q in exercises.OrderBy(q => q.Id, StringComparer.Ordinal))
        {
            var exercise = q.Question.Curated!.Exercise!;
            var needs = exercise.Requires is { } module ? $"; needs {module}" : "";
            context.Console.MarkupLine($"{Markup.Escape(q.Id)} [grey]({string.Join(", ", exercise.Languages)}{Markup.Escape(needs)})[/] {Markup.Escape(q.Question.Text)}");
        }
    }
}
