using System.Text;
using Microsoft.Data.Sqlite;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Questions;
using Viva.Core.Storage;
using Viva.Storage.Sqlite;
using Viva.Storage.Tests.Support;

namespace Viva.Storage.Tests;

public sealed class SqliteQuestionStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("viva-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_folder, "viva.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public sealed class TheOpenMethod : IDisposable
    {
        private readonly SqliteQuestionStoreTests _host = new();

        public void Dispose() => _host.Dispose();

        [Fact]
        public void Should_Create_A_Wal_Database_At_The_Latest_Schema()
        {
            // When
            using (SqliteQuestionStore.Open(_host.DatabasePath))
            {
            }

            // Then
            using var connection = new SqliteConnection($"Data Source={_host.DatabasePath};Pooling=False");
            connection.Open();
            Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
            Assert.Equal(8L, Scalar(connection, "PRAGMA user_version"));
        }

        [Fact]
        public void Should_Refuse_A_Database_From_A_Newer_Viva()
        {
            // Given
            using (SqliteQuestionStore.Open(_host.DatabasePath))
            {
            }

            using (var connection = new SqliteConnection($"Data Source={_host.DatabasePath};Pooling=False"))
            {
                connection.Open();
                Scalar(connection, "PRAGMA user_version = 99");
            }

            // When
            var error = Assert.Throws<StoreException>(() => SqliteQuestionStore.Open(_host.DatabasePath));

            // Then
            Assert.Contains("newer than this Viva supports", error.Message);
        }

        [Fact]
        public void Should_Refuse_A_File_That_Is_Not_A_Database()
        {
            // Given
            File.WriteAllText(_host.DatabasePath, "this is not sqlite, just text that is long enough to be read as a header page");

            // Then
            Assert.Throws<StoreException>(() => SqliteQuestionStore.Open(_host.DatabasePath));
        }

        private static object? Scalar(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }
    }

    /// <summary>Listing, search and source counts, on SQLite and on PostgreSQL.</summary>
    public sealed class TheQueryMethods : IDisposable
    {
        private TestBank? _bank;
        private IBankStore _store = null!;

        private async Task UseAsync(string kind)
        {
            _bank = new TestBank(kind);
            _store = _bank.Open();
            var importer = new ImportService(_store, new DuplicateLinker(), TimeProvider.System);
            var doc = """
                # ML
                ## Trees
                ### What is a decision tree? (Easy)
                A flowchart of feature tests learnt from data.
                ### How does a random forest reduce variance? (Hard)
                ## Deep learning
                ### What is dropout regularization?
                Randomly zeroing activations during training so units cannot co-adapt.
                """;
            await importer.ImportAsync([new ImportDocument("ml.md", Encoding.UTF8.GetBytes(doc))], dryRun: false);
        }

        public void Dispose() => _bank?.Dispose();

        [Theory, SqliteStore, PostgresStore]
        public async Task Should_Filter_By_Topic_Level_Source_And_Answer(string kind)
        {
            await UseAsync(kind);
            Assert.Equal(2, (await _store.ListAsync(new QuestionFilter { Topic = "trees" })).Count);
            Assert.Single(await _store.ListAsync(new QuestionFilter { Level = Level.Advanced }));
            Assert.Single(await _store.ListAsync(new QuestionFilter { UnansweredOnly = true }));
            Assert.Empty(await _store.ListAsync(new QuestionFilter { Source = "other" }));
            Assert.Equal(2, (await _store.ListAsync(new QuestionFilter { Limit = 2 })).Count);
        }

        [Theory, SqliteStore, PostgresStore]
        public async Task Should_List_Briefly_The_Same_Questions_With_Their_Headings(string kind)
        {
            // Given: headings with quotes and letters beyond ASCII, which the topic column stores escaped
            await UseAsync(kind);
            var importer = new ImportService(_store, new DuplicateLinker(), TimeProvider.System);
            var doc = "# Maths \"quoted\" σ²\n## Überblick\n### What is a norm?\nA length of a vector.\n";
            await importer.ImportAsync([new ImportDocument("maths.md", Encoding.UTF8.GetBytes(doc))], dryRun: false);

            // When
            var full = await _store.ListAsync(new QuestionFilter());
            var brief = await _store.ListAsync(new QuestionFilter { Brief = true });

            // Then: the listing's fields are the full listing's, topics read back exactly
            Assert.Equal(full.Select(q => (q.Id, q.Question.Text, q.Question.Answer, q.Question.Level, q.Question.Source, q.Question.Line)),
                brief.Select(q => (q.Id, q.Question.Text, q.Question.Answer, q.Question.Level, q.Question.Source, q.Question.Line)));
            Assert.Equal(full.Select(q => string.Join(" > ", q.Question.Topic)), brief.Select(q => string.Join(" > ", q.Question.Topic)));
            Assert.Contains(brief, q => string.Join(" > ", q.Question.Topic).Contains("Maths \"quoted\" σ² > Überblick", StringComparison.Ordinal));
        }

        [Theory, SqliteStore, PostgresStore]
        public async Task Should_Rank_Search_Results_By_Relevance(string kind)
        {
            await UseAsync(kind);
            // When
            var hits = await _store.SearchAsync("dropout training", 10);
            var fallback = await _store.SearchAsync("forest banana", 10);
            var hostile = await _store.SearchAsync("\"drop\" OR * NEAR(", 10);

            // Then
            Assert.Equal("What is dropout regularization?", hits.Single().Question.Question.Text);
            Assert.True(hits[0].Score > 0);
            Assert.Equal("How does a random forest reduce variance?", fallback.Single().Question.Question.Text);
            Assert.NotNull(hostile);
        }

        [Theory, SqliteStore, PostgresStore]
        public async Task Should_Count_Questions_And_Answers_Per_Source(string kind)
        {
            await UseAsync(kind);
            var source = Assert.Single(await _store.GetSourcesAsync());
            Assert.Equal(("ml.md", 3, 2), (source.Source, source.Questions, source.Answered));
        }
    }
}
