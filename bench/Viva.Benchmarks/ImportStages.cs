using System.Diagnostics;
using Markdig;
using Viva.Core.Import;
using Viva.Core.Linking;

namespace Viva.Benchmarks;

/// <summary>
/// Times the stages of the import benchmark one by one, after warm-up, in the process's processor time (a busy shared
/// machine disturbs it far less than the wall clock), to see where the time goes and how the total compares with Markdig.
/// </summary>
public static class ImportStages
{
    public static void Run(int copies)
    {
        var corpus = Corpus.Load();
        var text = copies <= 1 ? corpus : string.Join("\n\n", Enumerable.Repeat(corpus, copies));
        var blocksOnly = new MarkdownPipelineBuilder().UseYamlFrontMatter();
        blocksOnly.InlineParsers.Clear();
        var pipeline = blocksOnly.Build();
        var extraction = MarkdownQuestionParser.Parse("bench.md", text);
        var questions = extraction.Questions.Select(q => q.Text).ToList();
        var items = questions.Select((q, i) => new LinkItem("q" + i, q, false)).ToList();
        Console.WriteLine($"{text.Length:N0} chars, {questions.Count} questions");
        var stages = new (string Name, Action Run)[]
        {
            ("markdig default parse", () => Markdown.Parse(text)),
            ("markdig blocks-only parse", () => Markdown.Parse(text, pipeline)),
            ("extraction (Parse)", () => MarkdownQuestionParser.Parse("bench.md", text)),
            ("similarity model", () => SimilarityModel.Build(questions)),
            ("link", () => new DuplicateLinker().Link(items)),
            ("extract+link", () => ImportPipeline.ExtractAndLink(text)),
        };
        foreach (var (name, run) in stages)
        {
            for (var i = 0; i < 40; i++)
            {
                run();
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            Console.WriteLine($"  {name,-28} allocates {(GC.GetAllocatedBytesForCurrentThread() - before) / 1e6:F2} MB");
        }

        // Interleaved rounds, so that a change of load on a shared machine falls on every stage alike; each time is the
        // process's processor time over a batch, which a busy machine disturbs far less than the wall clock.
        var times = stages.Select(_ => new List<double>()).ToArray();
        var walls = stages.Select(_ => new List<double>()).ToArray();
        var process = Process.GetCurrentProcess();
        const int Batch = 5;
        for (var round = 0; round < 15; round++)
        {
            for (var k = 0; k < stages.Length; k++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                for (var b = 0; b < Batch; b++)
                {
                    stages[k].Run();
                }

                walls[k].Add(watch.Elapsed.TotalMilliseconds / Batch);
                process.Refresh();
                times[k].Add((process.TotalProcessorTime - cpu).TotalMilliseconds / Batch);
            }
        }

        for (var k = 0; k < stages.Length; k++)
        {
            times[k].Sort();
            walls[k].Sort();
            Console.WriteLine($"  {stages[k].Name,-28} cpu min {times[k][0],7:F2} p25 {times[k][3],7:F2} median {times[k][7],7:F2} ms (x{times[k][0] / times[0][0]:F2} / x{times[k][3] / times[0][3]:F2} / x{times[k][7] / times[0][7]:F2});  wall min {walls[k][0],7:F2} (x{walls[k][0] / walls[0][0]:F2})");
        }
    }

    /// <summary>Processor time of the 10,000- and 100,000-question imports that ScalingBenchmarks times, and their ratio.</summary>
    public static void Scaling()
    {
        var small = GeneratedDocument.Build(10_000);
        var large = GeneratedDocument.Build(100_000);
        var process = Process.GetCurrentProcess();
        double Time(Action action, int runs, int warmUp)
        {
            for (var i = 0; i < warmUp; i++)
            {
                action();
            }

            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                action();
                process.Refresh();
                times.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
            }

            times.Sort();
            return times[runs / 2];
        }

        var t10 = Time(() => ImportPipeline.ExtractAndLink(small), 7, 20);
        var t100 = Time(() => ImportPipeline.ExtractAndLink(large), 3, 1);
        Console.WriteLine($"  scaling: 10k {t10:F0} ms, 100k {t100:F0} ms processor time (medians), ratio {t100 / t10:F2}");
        var p10 = Time(() => Markdown.Parse(small), 7, 10);
        var p100 = Time(() => Markdown.Parse(large), 3, 1);
        Console.WriteLine($"  markdig parse alone: 10k {p10:F0} ms, 100k {p100:F0} ms, ratio {p100 / p10:F2}");
        var e10 = Time(() => MarkdownQuestionParser.Parse("small.md", small), 7, 10);
        var e100 = Time(() => MarkdownQuestionParser.Parse("large.md", large), 3, 1);
        Console.WriteLine($"  extraction alone: 10k {e10:F0} ms, 100k {e100:F0} ms, ratio {e100 / e10:F2}");
    }
}
