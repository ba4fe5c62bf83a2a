using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Storage.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>Two imports into one bank at once (two connections, as the web app and the CLI hold), in SQLite and PostgreSQL, must not store a question twice.</summary>
public sealed class ImportLockTests : IDisposable
{
    private const string Notes = "## What is overfitting?\n\nFitting noise.\n\n## What is a kernel?\n\nA similarity.\n\n## Why normalise inputs?\n";

    private TestBank? _bank;

    private TestBank Bank(string kind) => _bank = new TestBank(kind);

    public void Dispose() => _bank?.Dispose();

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Store_One_Copy_When_Two_Imports_Of_The_Same_File_Run_At_Once(string kind)
    {
        var bank = Bank(kind);
        // Given: two stores on one file; each import, once it has read the bank, waits a moment for the other to
        // read it too, which is exactly the interleaving that stored every question twice
        var first = bank.Open();
        var second = bank.Open();
        using var bothRead = new Barrier(2);
        var rendezvous = new Rendezvous(bothRead);

        // When
        var imports = new[] { first, second }.Select(store => Task.Run(() =>
            new ImportService(store, new DuplicateLinker(), TimeProvider.System).ImportAsync([Doc(Notes)], dryRun: false, progress: rendezvous)));
        var reports = await Task.WhenAll(imports).WaitAsync(TimeSpan.FromSeconds(60));

        // Then
        var stored = await first.GetAllAsync();
        Assert.Equal(3, stored.Count);
        Assert.Equal(3, stored.Select(q => q.Question.Cluster).Distinct().Count());
        Assert.Equal([3, 0], reports.Select(r => r.Documents.Single().Added).Order().Reverse());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Make_A_Second_Import_Wait_Until_The_First_Lets_Go(string kind)
    {
        var bank = Bank(kind);
        // Given
        var first = bank.Open();
        var second = bank.Open();
        var waiting = new Told();
        var held = await first.LockImportsAsync();

        // When
        var pending = second.LockImportsAsync(waiting);
        await Task.Delay(300);

        // Then
        Assert.False(pending.IsCompleted);
        Assert.Equal(["waiting for another import into this bank to finish"], waiting.Messages);
        held.Dispose();
        using var acquired = await pending.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Stop_Waiting_When_Cancelled(string kind)
    {
        var bank = Bank(kind);
        // Given
        var first = bank.Open();
        var second = bank.Open();
        using var held = await first.LockImportsAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        // When / Then
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.LockImportsAsync(cancellationToken: cancel.Token));
    }

    private static ImportDocument Doc(string text) => new("notes.md", System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Holds each import, once it has read the bank, until the other has too or a second has passed.</summary>
    private sealed class Rendezvous(Barrier barrier) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value == "notes.md")
            {
                barrier.SignalAndWait(TimeSpan.FromSeconds(1));
            }
        }
    }

    private sealed class Told : IProgress<string>
    {
        public List<string> Messages { get; } = [];

        public void Report(string value)
        {
            lock (Messages)
            {
                Messages.Add(value);
            }
        }
    }
}
