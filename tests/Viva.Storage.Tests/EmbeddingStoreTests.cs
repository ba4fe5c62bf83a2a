using System.Text;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Search;
using Viva.Core.Semantics;
using Viva.Storage.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>Question embeddings kept in the database: stored once, reused by later searches and sessions; in both stores.</summary>
public sealed class EmbeddingStoreTests : IDisposable
{
    private TestBank? _bank;

    public void Dispose() => _bank?.Dispose();

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Round_Trip_Vectors_By_Model_And_Text(string kind)
    {
        // Given
        _bank = new TestBank(kind);
        var key = TextHash.Of("What is dropout?");
        using (var store = _bank.Open())
        {
            // When
            await store.SaveEmbeddingsAsync("m1", new Dictionary<UInt128, float[]> { [key] = [0.6f, 0.8f] });
            await store.SaveEmbeddingsAsync("m2", new Dictionary<UInt128, float[]> { [key] = [1f, 0f] });
        }

        // Then: after reopening, each model sees its own vector.
        var reopened = _bank.Open();
        var first = await reopened.GetEmbeddingsAsync("m1");
        var second = await reopened.GetEmbeddingsAsync("m2");
        Assert.Equal(new[] { 0.6f, 0.8f }, first[key]);
        Assert.Equal(new[] { 1f, 0f }, second[key]);
        Assert.Empty(await reopened.GetEmbeddingsAsync("m3"));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Encode_Each_Question_Once_Across_Searches_And_Sessions(string kind)
    {
        // Given: a bank of three questions and an encoder that counts what it is asked to encode.
        _bank = new TestBank(kind);
        using (var store = _bank.Open())
        {
            var notes = "# Notes\n\n## What is dropout?\n\nRandom units off.\n\n## What is momentum?\n\nA moving average.\n\n## What is a kernel?\n\nA dot product.\n";
            await new ImportService(store, new DuplicateLinker(), TimeProvider.System).ImportAsync([new ImportDocument("notes.md", Encoding.UTF8.GetBytes(notes))], dryRun: false);
        }

        var encoder = new CountingEncoder();

        // When: two searches in one session, then one in another.
        using (var store = _bank.Open())
        {
            var search = new HybridSearch(store, () => encoder);
            await search.SearchAsync("dropout", 3);
            await search.SearchAsync("momentum", 3);
        }

        using (var store = _bank.Open())
        {
            var results = await new HybridSearch(store, () => encoder).SearchAsync("kernel", 3);
            Assert.Equal("What is a kernel?", results[0].Question.Question.Text);
        }

        // Then: the three questions were encoded once; each query once.
        Assert.Equal(3, encoder.Texts.Count(t => t.StartsWith("What is", StringComparison.Ordinal)));
        Assert.Equal(3, encoder.Texts.Count(t => !t.StartsWith("What is", StringComparison.Ordinal)));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Find_A_Question_Imported_After_The_Index_Was_Built(string kind)
    {
        // Given: a search index built over one question
        _bank = new TestBank(kind);
        var store = _bank.Open();
        var importer = new ImportService(store, new DuplicateLinker(), TimeProvider.System);
        await importer.ImportAsync([new ImportDocument("a.md", Encoding.UTF8.GetBytes("# A\n\n## What is dropout?\n\nUnits off.\n"))], dryRun: false);
        var encoder = new CountingEncoder();
        var search = new HybridSearch(store, () => encoder);
        var before = await store.GetQuestionsVersionAsync();
        await search.SearchAsync("dropout", 3);

        // When: another document arrives
        await importer.ImportAsync([new ImportDocument("b.md", Encoding.UTF8.GetBytes("# B\n\n## What is a zebra crossing?\n\nStripes.\n"))], dryRun: false);
        var results = await search.SearchAsync("zebra crossing", 3);

        // Then
        Assert.NotEqual(before, await store.GetQuestionsVersionAsync());
        Assert.Equal("What is a zebra crossing?", results[0].Question.Question.Text);
    }

    /// <summary>Vectors from the letters of a text: enough to be deterministic and distinct.</summary>
    private sealed class CountingEncoder : ITextEncoder
    {
        public List<string> Texts { get; } = [];

        public string ModelId => "counting";

        public int Dimensions => 26;

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Texts.AddRange(texts);
            return [.. texts.Select(Letters)];
        }

        private static float[] Letters(string text)
        {
            var vector = new float[26];
            foreach (var c in text.ToLowerInvariant().Where(char.IsAsciiLetterLower))
            {
                vector[c - 'a']++;
            }

            Vectors.Normalize(vector);
            return vector;
        }
    }
}
