using System.Diagnostics;
using Viva.Core.Grading;
using Viva.Semantics;

namespace Viva.Benchmarks;

/// <summary>
/// The hybrid grader's latency on one core, whole answers at a time, against the lexical grader in the same run:
/// the dev set's answers, each graded as a fresh typed answer (targets already encoded, as in a practice session).
/// Model load time is reported on its own.
/// </summary>
public static class SemanticGrading
{
    public static void Run()
    {
        var requests = GradingCorpus.Load();
        var clock = Stopwatch.StartNew();
        using var model = new MiniLmTextEncoder(threads: 1);
        var load = clock.Elapsed.TotalMilliseconds;
        var encoder = new TargetCachingEncoder(model);
        var grader = HybridGrader.Create(() => encoder);
        encoder.Register(requests.SelectMany(Targets));

        // Warm up both graders past tiered compilation.
        foreach (var request in requests.Take(40))
        {
            grader.Grade(request);
            LexicalGrader.Default.Grade(request);
        }

        var hybrid = Times(requests, r => grader.Grade(r));
        var lexical = Times(requests, r => LexicalGrader.Default.Grade(r));
        Console.WriteLine($"semantic grading, {requests.Count} answers, one thread: model load {load:F0} ms");
        Console.WriteLine($"  hybrid:  mean {hybrid.Average():F2} ms, p50 {Percentile(hybrid, 0.5):F2} ms, p99 {Percentile(hybrid, 0.99):F2} ms, max {hybrid.Max():F2} ms, {1000 / hybrid.Average():F0} answers/s");
        Console.WriteLine($"  lexical: mean {lexical.Average():F3} ms, p50 {Percentile(lexical, 0.5):F3} ms, p99 {Percentile(lexical, 0.99):F3} ms, {1000 / lexical.Average():F0} answers/s");
        Console.WriteLine($"  ratio hybrid / lexical (mean): {hybrid.Average() / lexical.Average():F0} (target: every answer under 50 ms)");
    }

    private static IEnumerable<string> Targets(GradingRequest request)
    {
        var analysis = LexicalGrader.Default.Analyze(request);
        yield return PlainText.FromMarkdown(request.ReferenceAnswer);
        yield return PlainText.FromMarkdown(request.Question);
        foreach (var unit in analysis.Units)
        {
            yield return analysis.FromKeyPoints ? PlainText.FromMarkdown(unit.Text).ReplaceLineEndings(" ") : unit.Text;
        }
    }

    private static List<double> Times(IReadOnlyList<GradingRequest> requests, Action<GradingRequest> grade)
    {
        var times = new List<double>(requests.Count);
        foreach (var request in requests)
        {
            var watch = Stopwatch.StartNew();
            grade(request);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
