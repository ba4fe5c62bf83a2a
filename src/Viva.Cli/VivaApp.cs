using System.CommandLine;
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
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                context.WriteError(error.Message);
            }

            context.Error.WriteLine("Run 'viva --help' for usage.");
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
}
