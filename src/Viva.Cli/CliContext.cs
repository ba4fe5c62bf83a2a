using Spectre.Console;
using Viva.Cli.Grading;
using Viva.Core.Grading;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Storage;
using Viva.Semantics;
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
    /// <param name="in">Standard input; null for the console's.</param>
    public CliContext(TextWriter @out, TextWriter error, string home, TimeProvider time, TextReader? @in = null)
    {
        In = @in ?? System.Console.In;
        Interactive = @in is null && @out == System.Console.Out && !System.Console.IsInputRedirected && !System.Console.IsOutputRedirected;
        OpensEditor = Interactive;
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

    /// <summary>Standard input.</summary>
    public TextReader In { get; }

    /// <summary>True when a person is at a terminal: keys can be read one at a time.</summary>
    public bool Interactive { get; }

    /// <summary>True when an exercise attempt may be written in <c>$VISUAL</c> or <c>$EDITOR</c>: at a terminal, or where a test says so.</summary>
    public bool OpensEditor { get; init; }

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

    /// <summary>The environment variable naming the bank: a SQLite file, or a PostgreSQL connection string.</summary>
    public const string DatabaseVariable = "VIVA_DB";

    /// <summary>The bank: <c>VIVA_DB</c> (a SQLite file or a PostgreSQL connection string), else <c>viva.db</c> in <see cref="Home"/>.</summary>
    public string Database => GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } database ? database : Path.Combine(Home, "viva.db");

    /// <summary>Opens the bank <paramref name="location"/> names (a SQLite file or a PostgreSQL connection string) without loading anything into it.</summary>
    public static async Task<IBankStore> OpenStoreAsync(string location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (BankLocation.IsServer(location))
        {
            return await Storage.Postgres.PostgresQuestionStore.OpenAsync(location, cancellationToken).ConfigureAwait(false);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(location))!);
        return SqliteQuestionStore.Open(location);
    }

    /// <summary>Opens the bank, creating it and loading the curated questions on first use.</summary>
    public async Task<IBankStore> OpenBankAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Home);
        var store = await OpenStoreAsync(Database, cancellationToken).ConfigureAwait(false);
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
    /// <remarks>Duplicates are linked by meaning and words; by words alone when the sentence encoder cannot load.</remarks>
    public ImportService CreateImporter(IQuestionStore store) => new(store, new DuplicateLinker(EncoderLoader.Get), Time);

    /// <summary>The review service for the local user, on the user's own calendar, with their newest applied FSRS weights.</summary>
    public async Task<ReviewService> CreateReviewServiceAsync(IBankStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var fit = await store.GetFsrsParametersAsync(ReviewService.LocalUser, appliedOnly: true, cancellationToken).ConfigureAwait(false);
        return new(store, new FsrsScheduler(SchedulerOptions(fit?.Parameters)), Time);
    }

    /// <summary>The scheduler settings of the local user: their calendar, and <paramref name="parameters"/> or the defaults.</summary>
    public SchedulerOptions SchedulerOptions(FsrsParameters? parameters) =>
        new() { TimeZone = Time.LocalTimeZone, Parameters = parameters ?? FsrsParameters.Default };

    /// <summary>Grades a typed answer for practice; null when no grader can.</summary>
    public async Task<Practice.Feedback?> GradeAsync(PracticeCard card, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var q = card.Head.Question;
        var keyPoints = q.Curated?.KeyPoints ?? [];
        if (card.Answer is null && keyPoints.Count == 0)
        {
            return null;
        }

        string? notice = null;
        _grader ??= GraderChoice.Create(this, GraderChoice.Auto, out notice).Grader ?? BuiltInGrader;
        var result = await _grader.GradeAsync(new GradingRequest(q.Text, card.Answer ?? "", keyPoints, answer), cancellationToken).ConfigureAwait(false);
        var covered = result.Covered.Select(c => (c.KeyPoint, Quote(answer, c))).ToList();
        return new Practice.Feedback(result.Score, covered, result.Missed, result.Notice ?? notice)
        {
            Contradictions = result.Contradictions,
            OptionalMissed = result.OptionalMissed,
            Partial = result.Partial.GroupBy(p => p.KeyPoint).ToDictionary(g => g.Key, g => Quote(answer, g.First())),
        };
    }

    private IAnswerGrader? _grader;
    private HybridGrader? _builtInGrader;

    /// <summary>
    /// The built-in grader: words and meaning. The sentence encoder loads on the first grade and keeps its
    /// embeddings under <c>embeddings/</c> in the data folder; when it cannot load (or <c>VIVA_ENCODER=off</c>)
    /// the grader uses words alone, after a one-line notice on stderr.
    /// </summary>
    public HybridGrader BuiltInGrader => _builtInGrader ??= HybridGrader.Create(EncoderLoader.Get);

    /// <summary>The sentence encoder shared by grading, linking and search, loaded once on first use.</summary>
    public TextEncoderLoader EncoderLoader => _encoderLoader ??= new TextEncoderLoader(
        Path.Combine(Home, "embeddings"), WriteError, GetEnvironmentVariable(TextEncoderLoader.Variable));

    private TextEncoderLoader? _encoderLoader;

    private static string Quote(string answer, CoveredPoint point) =>
        point.Start >= 0 && point.Length > 0 && point.Start + point.Length <= answer.Length
            ? answer.Substring(point.Start, point.Length).ReplaceLineEndings(" ").Trim()
            : "";

    /// <summary>Writes one <c>viva: …</c> error line.</summary>
    public void WriteError(string message) => Error.WriteLine($"viva: {message}");
}
