using BenchmarkDotNet.Attributes;
using Viva.Core.Grading;

namespace Viva.Benchmarks;

/// <summary>
/// (c) Grading throughput: the built-in lexical grader against a token-overlap baseline on the same answers
/// (the dev set's 335). The Ratio column is the lexical grader's cost in baseline grades (reported, not a target).
/// </summary>
[MemoryDiagnoser]
public class GradingBenchmarks
{
    private IReadOnlyList<GradingRequest> _requests = [];

    [GlobalSetup]
    public void Setup()
    {
        _requests = GradingCorpus.Load();
        Viva.Core.Grading.LexicalGrader.Default.Grade(_requests[0]);
    }

    [Benchmark(Baseline = true)]
    public double TokenOverlap()
    {
        var sum = 0.0;
        foreach (var request in _requests)
        {
            sum += TokenOverlapGrader.Grade(request);
        }

        return sum;
    }

    [Benchmark]
    public double Lexical()
    {
        var sum = 0.0;
        foreach (var request in _requests)
        {
            sum += Viva.Core.Grading.LexicalGrader.Default.Grade(request).Score;
        }

        return sum;
    }
}
