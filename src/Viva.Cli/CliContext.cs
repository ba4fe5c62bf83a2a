using Spectre.Console;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Storage;
using Viva.Storage.Sqlite;

namespace Viva.Cli;

/// <summary>What every command needs from the outside world; tests build one over temp folders and string writers.</summary>
public sealed class CliContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="out">Standard output: JSON goes here unchanged.</param>
    /// <param name="error">Standard error: one-line errors.</param>
    /// <param name="home">The folder that holds the database (<c>VIVA_HOME</c>).</param>
    /// <param name="time">The clock.</param>
    public CliContext(TextWriter @out, TextWriter error, string home, TimeProvider time)
    {
        Out = @out;
        Error = error;
        Home = home;
        Time = time;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(@out),
            Ansi = @out == System.Console.Out && !System.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = @out == System.Console.Out && !System.Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Redirected output has no width to honour; tables read better at 120 columns than at the default 80.
        if (@out != System.Console.Out || System.Console.IsOutputRedirected)
        {
            Console.Profile.Width = RedirectedWidth;
        }
    }

    private const int RedirectedWidth = 120;

    /// <summary>Raw standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Rich output (tables) on standard output.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The data folder.</summary>
    public string Home { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Reads an environment variable (<c>VIVA_LLM_URL</c>…); tests replace it.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Show stack traces for unexpected failures.</summary>
    public bool Verbose { get; set; }

    /// <summary>The default <c>VIVA_HOME</c>: the environment variable, else <c>~/.local/share/viva</c>.</summary>
    public static string DefaultHome() =>
        Environment.GetEnvironmentVariable("VIVA_HOME") is { Length: > 0 } home
            ? home
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "viva");

    /// <summary>Opens the bank, creating it and loading the curated questions on first use.</summary>
    public async Task<SqliteQuestionStore> OpenBankAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Home);
        var store = SqliteQuestionStore.Open(Path.Combine(Home, "viva.db"));
        try
        {
            await CuratedBank.EnsureLoadedAsync(store, CreateImporter(store), Error, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>An import service over <paramref name="store"/>.</summary>
    public ImportService CreateImporter(IQuestionStore store) => new(store, new DuplicateLinker(), Time);

    /// <summary>Writes one <c>viva: …</c> error line.</summary>
    public void WriteError(string message) => Error.WriteLine($"viva: {message}");
}
