using System.Diagnostics;
using BenchmarkDotNet.Running;
using Markdig;
using Viva.Benchmarks;

// "--quick" times the figures in this process (median of several runs) for a fast check;
// "--semantic" measures the hybrid grader's latency per answer against the lexical grader;
// "--linking" times the seeds' import with embeddings and search latency over a 100k-question bank;
// "--search [questions]" times only the search latency, over a bank of that many questions (100k by default);
// "--fsrs [cards]" times the FSRS optimizer on the real review log and a generated one of about a million reviews;
// "--judging [sql|python|csharp [N]]" times the exercise judges per attempt against running the reference solutions directly;
// "--import-stages [copies]" times the import benchmark's stages in processor time (the seeds, concatenated that many times);
// "--import-stages scaling" times the 10k and 100k imports of the scaling benchmark in processor time;
// "--import-dump FILE" writes what extraction and linking make of the seeds, fixtures and a generated document, to compare two builds;
// "--import-loop N" imports the seeds N times (for a profiler);
// "--startup [viva] [runs]" times whole viva processes (sources, list --limit 1, --help) against dotnet --version;
// anything else is passed to BenchmarkDotNet.
if (args is ["--startup", ..])
{
    StartupBenchmark.Run(args.Length > 1 ? args[1] : null, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 11);
    return 0;
}

if (args is ["--fsrs", ..])
{
    OptimizerBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 152_000);
    return 0;
}

if (args is ["--judging", ..])
{
    JudgeOverhead.Run(args.Length > 1 ? args[1] : null, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null);
    return 0;
}

if (args is ["--semantic"])
{
    SemanticGrading.Run();
    return 0;
}

if (args is ["--search", ..])
{
    LinkingAndSearch.RunSearch(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return 0;
}

if (args is ["--linking"])
{
    LinkingAndSearch.Run();
    return 0;
}

if (args is ["--import-loop", var loops])
{
    var corpus = Corpus.Load();
    for (var i = 0; i < int.Parse(loops, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        ImportPipeline.ExtractAndLink(corpus);
    }

    return 0;
}

if (args is ["--import-dump", var dumpPath])
{
    ImportDump.Run(dumpPath);
    return 0;
}

if (args is ["--import-stages", "scaling"])
{
    ImportStages.Scaling();
    return 0;
}

if (args is ["--import-stages", ..])
{
    ImportStages.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
    return 0;
}

if (args is ["--quick"])
{
    var corpus = Corpus.Load();
    var parse = Median(() => Markdown.Parse(corpus));
    var import = Median(() => ImportPipeline.ExtractAndLink(corpus));
    var extractOnly = Median(() => Viva.Core.Import.MarkdownQuestionParser.Parse("bench.md", corpus));
    Console.WriteLine($"  of which extraction {extractOnly:F1} ms");
    Console.WriteLine($"throughput: extract+link {import:F1} ms, Markdig parse {parse:F1} ms, ratio {import / parse:F2} (target <= 3)");
    var small = GeneratedDocument.Build(10_000);
    var large = GeneratedDocument.Build(100_000);
    var t10 = Median(() => ImportPipeline.ExtractAndLink(small));
    var t100 = Median(() => ImportPipeline.ExtractAndLink(large), runs: 3);
    Console.WriteLine($"scaling: 10k {t10:F0} ms, 100k {t100:F0} ms, ratio {t100 / t10:F2} (target <= 12)");
    var queue = new QueueBenchmarks();
    queue.Setup();
    var bare = Median(() => queue.BareDueSelect());
    var build = Median(() => queue.BuildQueue());
    queue.Cleanup();
    Console.WriteLine($"queue: 100k cards / 1M reviews: build {build:F1} ms, bare due SELECT {bare:F1} ms, ratio {build / bare:F2} (target <= 3)");
    var requests = GradingCorpus.Load();
    var sink = 0.0;
    var lexical = Median(() => sink += requests.Sum(r => Viva.Core.Grading.LexicalGrader.Default.Grade(r).Score));
    var overlap = Median(() => sink += requests.Sum(TokenOverlapGrader.Grade));
    Console.WriteLine($"grading {requests.Count} answers: lexical {lexical:F1} ms ({1000 * lexical / requests.Count:F0} µs each), " +
        $"token overlap {overlap:F1} ms, ratio {lexical / overlap:F1} (reported, no target){(sink < 0 ? "!" : string.Empty)}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
return 0;

static double Median(Action action, int runs = 15)
{
    // Warm up past tiered compilation so the figures are steady-state, as BenchmarkDotNet's are.
    for (var i = 0; i < 20; i++)
    {
        action();
        if (i >= 3 && runs < 10)
        {
            break;
        }
    }

    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[runs / 2];
}
