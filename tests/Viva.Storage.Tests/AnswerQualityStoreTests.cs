using System.Text;
using Microsoft.Data.Sqlite;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Questions;
using Viva.Core.Storage;
using Viva.Storage.Sqlite;
using Viva.Storage.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>Stubs (only links, a skeleton, a TODO) are stored as such and never counted as answered (in both stores; the upgrade case is SQLite's).</summary>
public sealed class AnswerQualityStoreTests : IDisposable
{
    private const string Notes = """
        ## What is overfitting?

        Fitting noise instead of signal.

        ## What is k-fold cross-validation?

        [Ans](https://example.com/k-fold)

        ## What does a ResNet block do?

        * Skip connection:
        * Identity connection:

        ## What is a kernel?
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("viva-quality-").FullName;

    private string DatabasePath => Path.Combine(_folder, "viva.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Count_Only_Full_Answers_As_Answered(string kind)
    {
        // Given
        using var bank = new TestBank(kind);
        var store = bank.Open();

        // When
        var report = (await new ImportService(store, new DuplicateLinker(), TimeProvider.System).ImportAsync([Doc()], dryRun: false)).Documents.Single();

        // Then
        Assert.Equal((4, 1, 2), (report.Questions, report.Answered, report.Stubs));
        var source = Assert.Single(await store.GetSourcesAsync());
        Assert.Equal((4, 1, 2), (source.Questions, source.Answered, source.Stubs));
        var unanswered = await store.ListAsync(new QuestionFilter { UnansweredOnly = true });
        Assert.Equal(["What is k-fold cross-validation?", "What does a ResNet block do?", "What is a kernel?"], unanswered.Select(q => q.Question.Text));
        Assert.Equal([AnswerQuality.Stub, AnswerQuality.Stub, AnswerQuality.None], unanswered.Select(q => q.Question.AnswerQuality));
    }

    [Fact]
    public async Task Should_Classify_The_Answers_Of_A_Database_Written_Before_Answer_Quality()
    {
        // Given: a bank whose rows carry no class, as version 5 wrote them
        using (var store = SqliteQuestionStore.Open(DatabasePath))
        {
            await new ImportService(store, new DuplicateLinker(), TimeProvider.System).ImportAsync([Doc()], dryRun: false);
        }

        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE questions SET answer_quality = NULL WHERE answer IS NOT NULL";
            Assert.Equal(3, command.ExecuteNonQuery());
        }

        // When
        using var reopened = SqliteQuestionStore.Open(DatabasePath);

        // Then
        var source = Assert.Single(await reopened.GetSourcesAsync());
        Assert.Equal((1, 2), (source.Answered, source.Stubs));
    }

    private static ImportDocument Doc() => new("notes.md", Encoding.UTF8.GetBytes(Notes));
}
