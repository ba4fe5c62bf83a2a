using System.Text.RegularExpressions;
using Viva.Core.Accounts;
using Viva.Core.Mock;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Scheduling.Interview;
using Viva.Core.Storage;
using Viva.Storage.Postgres;
using Viva.Storage.Sqlite;
using Viva.Storage.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary>Drives <c>viva db migrate</c> and <c>viva db copy</c> between a SQLite bank and a PostgreSQL schema.</summary>
public sealed partial class DbCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new();
    private string? _server;

    public DbCommandTests() => _viva.Environment["VIVA_ENCODER"] = "off";

    public void Dispose()
    {
        if (_server is not null)
        {
            TestPostgres.DropSchema(_server);
        }

        _viva.Dispose();
    }

    private string LocalBank => Path.Combine(_viva.Home, "data", "viva.db");

    [PostgresFact]
    public async Task A_bank_copied_to_postgres_and_back_keeps_every_table_row_for_row()
    {
        // Given: a local bank holding a row in every table (the curated bank, a rating with its verdict, a mock, a fit, a plan, an embedding)
        Assert.Equal(0, (await _viva.RunAsync("plan", "--interview", "2027-01-15")).Code);
        await FillAsync(LocalBank);
        _server = TestPostgres.CreateSchema();
        var back = Path.Combine(_viva.Home, "back.db");

        // When
        var there = await _viva.RunAsync("db", "copy", "--from", LocalBank, "--to", _server);
        var home = await _viva.RunAsync("db", "copy", "--from", _server, "--to", back);

        // Then: both copies check out, every table has rows, and the round trip gives the same counts and checksums
        Assert.Equal((0, ""), (there.Code, there.Error));
        Assert.Equal((0, ""), (home.Code, home.Error));
        Assert.Contains("every count and checksum matches", there.Out);
        var tables = Tables(there.Out);
        Assert.Equal(new[] { "users", "invites", "api_tokens", "questions", "documents", "settings", "clusters", "embeddings", "cards", "reviews", "mocks", "mock_answers", "fsrs_parameters" }, tables.Keys);
        Assert.All(tables.Values, t => Assert.True(t.Rows > 0));
        Assert.Equal(tables, Tables(home.Out));

        // And: the copy is a working bank whose ids continue after the copied ones
        using var server = await PostgresQuestionStore.OpenAsync(_server);
        var copied = await server.GetReviewsAsync(ReviewService.LocalUser, DateTimeOffset.MinValue);
        Assert.Equal(new InterviewPlan(new DateOnly(2027, 1, 15), 30), await server.GetInterviewPlanAsync(ReviewService.LocalUser));
        var next = await new ReviewService(server, new FsrsScheduler(new SchedulerOptions()), TimeProvider.System)
            .AnswerAsync((await server.GetNewAsync(ReviewService.LocalUser, 1, new QuestionFilter()))[0], Rating.Good, AnswerDetails.None);
        Assert.True(next.Id > copied.Max(r => r.Id));
    }

    [PostgresFact]
    public async Task A_target_that_holds_a_bank_is_refused_unless_replaced()
    {
        // Given
        Assert.Equal(0, (await _viva.RunAsync("plan", "--interview", "2027-01-15")).Code);
        _server = TestPostgres.CreateSchema();
        Assert.Equal(0, (await _viva.RunAsync("db", "copy", "--from", LocalBank, "--to", _server)).Code);

        // When
        var refused = await _viva.RunAsync("db", "copy", "--from", LocalBank, "--to", _server);
        var replaced = await _viva.RunAsync("db", "copy", "--from", LocalBank, "--to", _server, "--replace");

        // Then
        Assert.Equal(1, refused.Code);
        Assert.Matches(@"^viva: postgres://[^ ]+: already holds a bank \(questions, .*\); copy into an empty one, or pass --replace to overwrite it\n$", refused.Error.ReplaceLineEndings("\n"));
        Assert.Equal((0, ""), (replaced.Code, replaced.Error));
        Assert.Contains("every count and checksum matches", replaced.Out);
        Assert.True(Tables(replaced.Out)["questions"].Rows > 0);
    }

    [PostgresFact]
    public async Task Migrate_brings_a_new_schema_to_the_latest_version()
    {
        _server = TestPostgres.CreateSchema();

        var (code, output, error) = await _viva.RunAsync("db", "migrate", "--db", _server);

        Assert.Equal((0, ""), (code, error));
        Assert.Matches(@"^postgres://127\.0\.0\.1:\d+/\w+\?schema=viva_test_\w+: schema version 8\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line_and_exit_1()
    {
        var (code, output, error) = await _viva.RunAsync("db", "migrate", "--db", "Host=127.0.0.1;Port=1;Database=viva;Username=viva;Timeout=3");

        Assert.Equal((1, ""), (code, output));
        Assert.StartsWith("viva: postgres://127.0.0.1:1/viva: cannot open the database: ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Migrate_reports_the_local_bank_and_copy_refuses_a_missing_source()
    {
        var (code, output, _) = await _viva.RunAsync("db", "migrate");
        Assert.Equal(0, code);
        Assert.EndsWith("viva.db: schema version 8\n", output.ReplaceLineEndings("\n"));

        var missing = await _viva.RunAsync("db", "copy", "--from", Path.Combine(_viva.Home, "none.db"), "--to", Path.Combine(_viva.Home, "x.db"));
        Assert.Equal(1, missing.Code);
        Assert.Contains("none.db: no such bank", missing.Error);
        Assert.False(File.Exists(Path.Combine(_viva.Home, "x.db")));
    }

    private static async Task FillAsync(string path)
    {
        using var store = SqliteQuestionStore.Open(path);
        var reviews = new ReviewService(store, new FsrsScheduler(new SchedulerOptions()), TimeProvider.System);
        var cards = await store.GetNewAsync(ReviewService.LocalUser, 2, new QuestionFilter());
        await reviews.AnswerAsync(cards[0], Rating.Good, new AnswerDetails("an answer, with ünïcode", 3.25, TimeSpan.FromSeconds(9), GradeOverride.Right));
        await reviews.AnswerAsync(cards[1], Rating.Again, AnswerDetails.None);
        var mock = await store.StartMockAsync(new MockRecord(0, ReviewService.LocalUser, DateTimeOffset.UtcNow, null, "ML engineer", null, 42, 8, 45, []));
        await store.SaveMockAnswerAsync(mock, new MockAnswer(0, cards[0], "deep-learning", "What is dropout?", null, "zeroing units", 4.5, ["a point"], [], "Reference.", TimeSpan.FromSeconds(70)));
        await store.FinishMockAsync(mock, DateTimeOffset.UtcNow);
        var figures = new FsrsMetrics(0.45, 0.06, 120);
        await store.SaveFsrsParametersAsync(new FittedParameters(ReviewService.LocalUser, DateTimeOffset.UtcNow, FsrsParameters.Default, 500, true, figures, figures, 0.87));
        await store.SaveEmbeddingsAsync("test-model", new Dictionary<UInt128, float[]> { [UInt128.One] = [0.25f, -1.5f, float.Epsilon] });
        var now = DateTimeOffset.UtcNow;
        await store.AddUserAsync(new UserAccount("local", "admin", "hash-not-a-password", UserRole.Admin, now), null, now);
        await store.AddInviteAsync("invite-hash", UserRole.Learner, "local", now, now.AddDays(7));
        await store.AddApiTokenAsync("local", "scripts", "token-hash", now);
    }

    // "table rows copied checksum" lines of a copy's report.
    private static Dictionary<string, (int Rows, string Checksum)> Tables(string output) =>
        TableLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => (int.Parse(m.Groups[2].Value), m.Groups[4].Value));

    [GeneratedRegex(@"^(\w+) +(\d+) +(\d+)  ([0-9a-f]{16})$", RegexOptions.Multiline)]
    private static partial Regex TableLine();
}
