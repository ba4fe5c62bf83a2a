using BenchmarkDotNet.Attributes;
using Markdig;

namespace Viva.Benchmarks;

/// <summary>
/// (a) Import throughput against a bare Markdig parse of the same text: the Ratio column of
/// <see cref="ExtractAndLink"/> is the cost of extraction and linking in parses (target: at most 3).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Corpus.Load();

    [Benchmark(Baseline = true)]
    public int MarkdigParse() => Markdown.Parse(_text).Count;

    [Benchmark]
    public int ExtractAndLink() => ImportPipeline.ExtractAndLink(_text);
}

/// <summary>(b) Scaling: the Ratio of the 100,000-question import to the 10,000-question one (target: at most 12).</summary>
public class ScalingBenchmarks
{
    private string _small = string.Empty;
    private string _large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _small = GeneratedDocument.Build(10_000);
        _large = GeneratedDocument.Build(100_000);
    }

    [Benchmark(Baseline = true)]
    public int Import10K() => ImportPipeline.ExtractAndLink(_small);

    [Benchmark]
    public int Import100K() => ImportPipeline.ExtractAndLink(_large);
}
