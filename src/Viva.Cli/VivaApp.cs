using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Viva.Cli.Commands;
using Viva.Core.Storage;

namespace Viva.Cli;

/// <summary>The <c>viva</c> command line: builds the commands and turns every failure into an exit code and one line.</summary>
public static class VivaApp
{
    /// <summary>Runs <c>viva</c> with <paramref name="args"/> in <paramref name="context"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces for unexpected errors", Recursive = true };
        var root = new RootCommand("Viva: practise for machine-learning interviews. Import question lists, browse and search the bank, grade answers.")
        {
            ImportCommand.Create(context),
            ListCommand.Create(context),
            ShowCommand.Create(context),
            SearchCommand.Create(context),
            SourcesCommand.Create(context),
            ExportCommand.Create(context),
            CoverageCommand.Create(context),
            PracticeCommand.Create(context),
            MockCommand.Create(context),
            PlanCommand.Create(context),
            StatsCommand.Create(context),
            FsrsCommand.Create(context),
            ServeCommand.Create(context),
            DbCommand.Create(context),
            GradeCommand.Create(context),
            ExerciseCommand.Create(context),
        };
        root.Options.Add(verbose);
        var result = root.Parse(args);
        context.Verbose = result.GetValue(verbose);
        if (UsageError(result) is { } usage)
        {
            context.WriteError($"{usage} (run '{CommandPath(result.CommandResult)} --help')");
            return ExitCodes.Usage;
        }

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (StoreException exception)
        {
            context.WriteError(exception.Message);
            return ExitCodes.InputFailed;
        }
        catch (OperationCanceledException)
        {
            context.WriteError("cancelled; nothing was stored by the interrupted step");
            return 130;
        }
#pragma warning disable CA1031 // The edge of the program: any failure becomes one line and an exit code.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.WriteError($"unexpected error: {exception.Message}{(context.Verbose ? Environment.NewLine + exception : " (run with --verbose for details)")}");
            return ExitCodes.InputFailed;
        }
    }

    // One line that says what was wrong: the word not understood says more than what is then missing, so it comes
    // first. An option the command does not have is refused even where an argument would take it as a value (show
    // --bogus, export anki --bogus), unless it names an existing file or comes after "--".
    private static string? UsageError(ParseResult result)
    {
        if (result.UnmatchedTokens.Count > 0)
        {
            var token = result.UnmatchedTokens[0];
            return LooksLikeAnOption(token) ? $"unknown option '{token}'"
                : result.CommandResult.Command.Subcommands.Count > 0 ? $"unknown command '{token}'"
                : $"unexpected argument '{token}'";
        }

        var end = IndexOf(result.Tokens, result.Tokens.FirstOrDefault(t => t.Type == TokenType.DoubleDash));
        var option = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens)
            .FirstOrDefault(t => (end < 0 || IndexOf(result.Tokens, t) < end) && LooksLikeAnOption(t.Value));
        if (option is not null)
        {
            return $"unknown option '{option.Value}'";
        }

        if (result.Errors.Count == 0)
        {
            return null;
        }

        // Some messages list the allowed values on lines of their own: "Must be one of: 'basic', 'intermediate'".
        var lines = result.Errors[0].Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (lines.Length == 1 ? lines[0] : $"{lines[0]} {string.Join(", ", lines[1..])}").TrimEnd('.');
    }

    private static bool LooksLikeAnOption(string word) =>
        word.Length > 1 && word.StartsWith('-') && !double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        && !File.Exists(word) && !Directory.Exists(word);

    private static int IndexOf(IReadOnlyList<Token> tokens, Token? token)
    {
        for (var i = 0; token is not null && i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                return i;
            }
        }

        return -1;
    }

    // "viva db copy": the names from the root down (the root's own name is the host process's, not the command's).
    private static string CommandPath(CommandResult command) =>
        command.Parent is CommandResult parent ? $"{CommandPath(parent)} {command.Command.Name}" : "viva";
}
