using System.Text;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Storage;
using Viva.Storage.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>Imports into a real SQLite database and a PostgreSQL schema and checks ids, buckets and that failures lose nothing.</summary>
public sealed class ImportRoundTripTests : IDisposable
{
    private const string Notes = """
        # Notes

        ## What is overfitting?

        Fitting noise.

        ## What is underfitting?

        ## What is overfitting?

        Asked twice on purpose.

        ## Why do we normalise inputs?

        Faster, better-conditioned optimisation.
        """;

    private TestBank? _bank;
    private IBankStore _store = null!;
    private ImportService _importer = null!;

    private void Use(string kind)
    {
        _bank = new TestBank(kind);
        _store = _bank.Open();
        _importer = new ImportService(_store, new DuplicateLinker(), TimeProvider.System);
    }

    public void Dispose() => _bank?.Dispose();

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Put_Every_Item_In_One_Bucket_And_Be_Idempotent(string kind)
    {
        Use(kind);
        // When
        var first = await _importer.ImportAsync([Doc("notes.md", Notes)], dryRun: false);
        var second = await _importer.ImportAsync([Doc("notes.md", Notes)], dryRun: false);

        // Then
        var a = first.Documents.Single();
        Assert.Equal((4, 3, 3, 1), (a.Questions, a.Answered, a.Added, a.Duplicates));
        var b = second.Documents.Single();
        Assert.Equal((0, 0, 3, 1), (b.Added, b.Updated, b.Unchanged, b.Duplicates));
        Assert.Equal(first.Questions.Select(q => q.Question.Id), second.Questions.Select(q => q.Question.Id));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Keep_Ids_When_A_Document_Is_Edited(string kind)
    {
        Use(kind);
        // Given
        var before = await _importer.ImportAsync([Doc("notes.md", Notes)], dryRun: false);
        var edited = Notes
            .Replace("Fitting noise.", "Fitting noise instead of signal.", StringComparison.Ordinal)
            .Replace("Why do we normalise inputs?", "Why do we normalise the inputs of a network?", StringComparison.Ordinal)
            .Replace("# Notes\n", "# Notes\n\nA new intro line.\n", StringComparison.Ordinal);

        // When
        var after = await _importer.ImportAsync([Doc("notes.md", edited)], dryRun: false);

        // Then
        var report = after.Documents.Single();
        Assert.Equal((0, 2, 1, 1), (report.Added, report.Updated, report.Unchanged, report.Duplicates));
        Assert.Equal(before.Questions.Select(q => q.Question.Id), after.Questions.Select(q => q.Question.Id));
        var stored = await _store.FindAsync(after.Questions[0].Question.Id);
        Assert.Equal("Fitting noise instead of signal.", stored!.Question.Answer);
        Assert.Equal(5, stored.Question.Line);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Retire_Questions_That_Left_The_Document(string kind)
    {
        Use(kind);
        // Given
        await _importer.ImportAsync([Doc("notes.md", Notes)], dryRun: false);

        // When
        var report = await _importer.ImportAsync([Doc("notes.md", "# Notes\n\n## What is overfitting?\n\nFitting noise.\n")], dryRun: false);

        // Then
        Assert.Equal(3, report.Documents.Single().Retired);
        Assert.Single(await _store.ListAsync(new Core.Storage.QuestionFilter()));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Change_Nothing_When_A_Document_Fails(string kind)
    {
        Use(kind);
        // Given
        await _importer.ImportAsync([Doc("notes.md", Notes)], dryRun: false);
        var before = await _store.GetAllAsync();

        // When: the same name now holds no questions, another file is binary, a third is fine.
        var report = await _importer.ImportAsync(
            [Doc("notes.md", "Just prose, no questions at all.\n"), new ImportDocument("bin.md", new byte[] { 1, 0, 2 }), Doc("ok.md", "## What is PCA?\n")],
            dryRun: false);

        // Then
        Assert.True(report.Documents[0].Failed);
        Assert.True(report.Documents[1].Failed);
        Assert.False(report.Documents[2].Failed);
        var after = await _store.GetAllAsync();
        Assert.Equal(before.Select(q => (q.Question.Id, q.Fingerprint)), after.Where(q => q.Question.Question.Source == "notes.md").Select(q => (q.Question.Id, q.Fingerprint)));
        Assert.Contains(after, q => q.Question.Question.Source == "ok.md");
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Store_Nothing_From_A_Document_That_Takes_Longer_Than_Its_Budget(string kind)
    {
        Use(kind);
        // Given: an earlier import of the document, and an importer that gives reading no time at all
        await _importer.ImportAsync([Doc("notes.md", Notes)], dryRun: false);
        var before = await _store.GetAllAsync();
        var hurried = new ImportService(_store, new DuplicateLinker(), TimeProvider.System) { ParseBudget = TimeSpan.Zero };

        // When
        var report = await hurried.ImportAsync([Doc("notes.md", Notes + "\n## What is PCA?\n\nA projection.\n"), Doc("new.md", Notes)], dryRun: false);

        // Then
        Assert.All(report.Documents, d => Assert.True(d.Failed));
        Assert.Equal(
            "reading took longer than the 0 s one document may take; nothing imported from this file",
            Assert.Single(report.Documents[0].Diagnostics).Message);
        var after = await _store.GetAllAsync();
        Assert.Equal(before.Select(q => (q.Question.Id, q.Fingerprint)), after.Select(q => (q.Question.Id, q.Fingerprint)));
        Assert.DoesNotContain(await _store.GetSourcesAsync(), s => s.Source == "new.md");
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Store_Nothing_On_A_Dry_Run(string kind)
    {
        Use(kind);
        // When
        var report = await _importer.ImportAsync([Doc("notes.md", Notes)], dryRun: true);

        // Then
        Assert.Equal(4, report.Questions.Count);
        Assert.Empty(await _store.GetAllAsync());
        Assert.Empty(await _store.GetSourcesAsync());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Link_Duplicates_Across_Documents_To_The_Curated_Question(string kind)
    {
        Use(kind);
        // Given
        var curated = """
            # Regularization

            ## What is the difference between L1 and L2 regularization?
            <!-- viva id=l1-vs-l2-regularization level=basic -->

            L1 penalises absolute weights and L2 squared weights.

            **Key points**
            - L1 adds λ·Σ|w|.
            - L2 adds λ·Σw².
            - L1 gives sparse weights.
            """;

        // When
        await _importer.ImportAsync([Doc("content/classical-ml/regularization.md", curated)], dryRun: false);
        var report = await _importer.ImportAsync([Doc("a.md", "## Difference between L1 and L2 Regulization?\n"), Doc("b.md", "1. L1 vs L2 regularization?\n")], dryRun: false);

        // Then
        Assert.All(report.Questions, q => Assert.Equal("l1-vs-l2-regularization", q.Question.Cluster));
        var stored = await _store.FindAsync("l1-vs-l2-regularization");
        Assert.Equal(3, stored!.Question.Curated!.KeyPoints.Count);
    }

    private static ImportDocument Doc(string source, string text) => new(source, Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
}
