using System.Diagnostics;
using System.Text;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Search;
using Viva.Core.Semantics;
using Viva.Semantics;
using Viva.Storage.Sqlite;

namespace Viva.Benchmarks;

/// <summary>
/// The meaning-aware linker and hybrid search on one core: the five seed documents imported with embeddings
/// (questions per second, encoding included, no cache), against the same import linked by words alone; then search
/// latency over a 100k-question bank (p50/p99, the query encoded by the real model each time).
/// </summary>
public static class LinkingAndSearch
{
    private static readonly string[] Queries =
    [
        "batch norm vs layer norm", "why does my loss go to NaN", "LR schedule warmup", "picking k in kmeans",
        "gradient boosting vs random forest", "attention softmax scaling", "dropout at inference", "precision recall threshold",
        "embedding drift monitoring", "feature store latency",
    ];

    public static void Run()
    {
        using var model = new MiniLmTextEncoder(threads: 1);
        ImportSeeds(model);
        SearchLatency(model, 100_000);
    }

    /// <summary>Search latency alone, over a bank of <paramref name="size"/> questions.</summary>
    public static void RunSearch(int size)
    {
        using var model = new MiniLmTextEncoder(threads: 1);
        SearchLatency(model, size);
    }

    private static void ImportSeeds(MiniLmTextEncoder model)
    {
        var seeds = Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared", "seeds"));
        var documents = Directory.GetFiles(seeds).Order(StringComparer.Ordinal).Select(f => new ImportDocument(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var words = TimeImport(documents, new DuplicateLinker(), out var count);
        var meaning = TimeImport(documents, new DuplicateLinker(encoder: new CachedTextEncoder(model, directory: null)), out _);
        Console.WriteLine($"import of the five seeds into a fresh bank ({count} questions with the curated bank): by words {words:F0} ms, " +
            $"with embeddings {meaning:F0} ms = {count / (meaning / 1000):F0} questions/s on one core (ratio {meaning / words:F1})");
    }

    private static double TimeImport(List<ImportDocument> documents, DuplicateLinker linker, out int count)
    {
        var folder = Directory.CreateTempSubdirectory("viva-bench-").FullName;
        try
        {
            using var store = SqliteQuestionStore.Open(Path.Combine(folder, "viva.db"));
            var clock = Stopwatch.StartNew();
            var service = new ImportService(store, linker, TimeProvider.System);
            CuratedBank.EnsureLoadedAsync(store, service, TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();
            service.ImportAsync(documents, dryRun: false).GetAwaiter().GetResult();
            count = store.GetAllAsync().GetAwaiter().GetResult().Count;
            return clock.Elapsed.TotalMilliseconds;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void SearchLatency(MiniLmTextEncoder model, int size)
    {
        var folder = Directory.CreateTempSubdirectory("viva-bench-").FullName;
        try
        {
            using var store = SqliteQuestionStore.Open(Path.Combine(folder, "viva.db"));
            var clock = Stopwatch.StartNew();
            // A document may hold at most ImportService.MaxQuestionsPerDocument questions, so the bank comes in parts.
            var part = ImportService.MaxQuestionsPerDocument;
            var documents = Enumerable.Range(0, (size + part - 1) / part)
                .Select(p => new ImportDocument($"bank-{p:D3}.md", Encoding.UTF8.GetBytes(Bank(p * part, Math.Min(part, size - (p * part))))))
                .ToList();
            new ImportService(store, new DuplicateLinker(), TimeProvider.System).ImportAsync(documents, dryRun: false).GetAwaiter().GetResult();
            var questions = store.GetAllAsync().GetAwaiter().GetResult();

            // Encoding 100k questions on one core takes most of an hour; the bank's stored vectors are stand-ins
            // (random unit vectors), which cost the search exactly what real ones do.
            var random = new Random(7);
            var vectors = new Dictionary<UInt128, float[]>();
            foreach (var q in questions)
            {
                var v = new float[model.Dimensions];
                for (var k = 0; k < v.Length; k++)
                {
                    v[k] = (float)(random.NextDouble() - 0.5);
                }

                Vectors.Normalize(v);
                vectors[TextHash.Of(q.Question.Question.Text)] = v;
            }

            store.SaveEmbeddingsAsync(model.ModelId, vectors).GetAwaiter().GetResult();
            Console.WriteLine($"search bank: {questions.Count} questions imported and their vectors stored in {clock.Elapsed.TotalSeconds:F0} s");
            var search = new HybridSearch(store, () => model);
            var load = Stopwatch.StartNew();
            search.SearchAsync("warm up", 10).GetAwaiter().GetResult();
            var first = load.Elapsed.TotalMilliseconds;
            var times = new List<double>();
            for (var round = 0; round < 3; round++)
            {
                foreach (var query in Queries)
                {
                    var watch = Stopwatch.StartNew();
                    search.SearchAsync(query, 10).GetAwaiter().GetResult();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"search over {questions.Count} questions, {times.Count} queries after the first (which loads the index in {first:F0} ms): p50 {times[times.Count / 2]:F0} ms, p99 {times[(int)(times.Count * 0.99)]:F0} ms");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // One heading per question, so that the bank holds exactly the number asked for.
    private static string Bank(int first, int count)
    {
        var random = new Random(42 + first);
        var builder = new StringBuilder("# Generated bank\n\n");
        for (var i = first; i < first + count; i++)
        {
            builder.Append("## What is ").Append(GeneratedDocument.Word(random)).Append(' ').Append(GeneratedDocument.Word(random)).Append(' ')
                .Append(GeneratedDocument.Word(random)).Append(i).Append("?\n\nIt relates ").Append(GeneratedDocument.Word(random)).Append(" to ")
                .Append(GeneratedDocument.Word(random)).Append(".\n\n");
        }

        return builder.ToString();
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Viva.slnx not found");
    }
}
