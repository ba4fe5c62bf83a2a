using Spectre.Console;
using Viva.Cli.Exercises;
using Viva.Cli.Output;
using Viva.Core.Exercises;
using Viva.Core.Scheduling;
using Viva.Judging;
using Viva.Judging.Python;

namespace Viva.Cli.Practice;

/// <summary>Exercise cards: the prompt and starter are shown, and the attempt is judged by its tests instead of graded.</summary>
public sealed partial class PracticeSession
{
    private const string HintKey = "h";
    private bool _hintsUsed;

    /// <summary>Shows the prompt and starter and reads the attempt: from <c>$EDITOR</c> at a terminal, else typed up to a lone '.'.</summary>
    private string? AskCode(Exercise exercise)
    {
        _hintsUsed = false;
        var language = Language(exercise);
        var code = exercise.For(language)!;
        Console.WriteLine();
        Console.WriteLine(exercise.Prompt);
        if (code.Starter is { } starter)
        {
            var others = exercise.Languages.Where(l => l != language).ToList();
            Console.MarkupLine($"[grey]starter ({language}{(others.Count > 0 ? $"; answering in {string.Join(" or ", others)} works too" : "")}):[/]");
            Console.WriteLine(starter.TrimEnd());
        }

        if (language == ExerciseLanguages.Python && PythonJudge.MissingModule(exercise) is { } missing)
        {
            Console.MarkupLine($"[yellow]Not judged here: {Markup.Escape(missing)}. A '.' alone shows the solution, s skips.[/]");
        }

        if (AttemptReader.FromEditor(_context, language, code) is { } edited)
        {
            return edited;
        }

        var shown = 0;
        while (true)
        {
            Console.MarkupLine($"[grey]Type your {language} attempt; a line with only '.' submits. A '.' alone reveals the solution. ({HintKey} hint · s skip · u undo · q quit)[/]");
            var attempt = _input.ReadCode();
            if (attempt?.Trim().ToLowerInvariant() != HintKey)
            {
                return attempt;
            }

            _hintsUsed = true;
            Console.MarkupLine(shown < exercise.Hints.Count
                ? $"[yellow]hint {shown + 1}/{exercise.Hints.Count}:[/] {Markup.Escape(exercise.Hints[shown++])}"
                : "[yellow]No more hints.[/]");
        }
    }

    /// <summary>Judges the attempt, shows the result and the reference solution, and returns the suggested rating.</summary>
    private async Task<Rating?> JudgeAsync(Exercise exercise, string attempt, TimeSpan taken, CancellationToken cancellationToken)
    {
        _lastScore = null;
        Rating? suggestion = null;

        // The card shows one language's starter; an attempt typed in another language the exercise offers is judged in that one.
        var language = attempt.Trim().Length > 0 ? AttemptLanguage.Guess(exercise.Languages, attempt) : Language(exercise);
        if (attempt.Trim().Length > 0)
        {
            // Judges is null only for a language without a judge; Language() never picks one while another exists.
            var judge = Judges.For(language);
            var result = judge is null
                ? JudgeResult.Stopped(JudgeStatus.Unavailable, $"{language} attempts are not judged yet")
                : await judge.JudgeAsync(exercise, attempt, JudgeLimits.Default, cancellationToken).ConfigureAwait(false);
            ExerciseReport.Render(Console, result, exercise.Tests.Count, suggested: null);
            suggestion = ExerciseRating.Suggest(result, taken, _hintsUsed);

            // The review log keeps a 0–5 score for every graded answer; for an attempt it is the share of tests passed.
            _lastScore = result.Status == JudgeStatus.Unavailable ? null : 5.0 * result.PassedCount / exercise.Tests.Count;
        }

        Console.Write(new Rule($"[grey]Reference solution ({language})[/]").LeftJustified());
        Console.Write(MarkdownRenderer.Render($"```{language}\n{exercise.For(language)!.Solution}```"));
        return suggestion;
    }

    /// <summary>The first language the exercise offers that this build judges, else its first.</summary>
    private static string Language(Exercise exercise) =>
        exercise.Languages.FirstOrDefault(l => Judges.For(l) is not null) ?? exercise.Languages[0];
}
