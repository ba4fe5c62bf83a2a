using Viva.Core.Linking;
using Viva.Linking.Training;
using Viva.Semantics.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Semantics.Tests;

/// <summary>
/// The meaning-aware linker on every hand-labelled pair of imported questions (<c>tests/fixtures/dedupe/pairs*.tsv</c>),
/// imported beside the curated bank and the seeds as an import of the seeds would be: first with the pair scorer alone
/// (no curated question to join them through), then the whole linker, where two questions are also one card when they
/// join the same curated question.
/// </summary>
public sealed class PairLinkingTests(ITestOutputHelper output)
{
    // Measured when the pair model was last fitted (pair scorer alone on all pairs: precision 0.85, recall 0.67; whole
    // linker on the pairs of seed questions: precision 0.68, recall 0.92, all of its wrong merges at a curated question;
    // 0.55 / 0.92 before 41 narrower curated questions were added); floors below them catch a regression without
    // pinning the noise of a refit.
    private const double MinPrecision = 0.8;
    private const double MinRecall = 0.64;
    private const double MinLinkerPrecision = 0.64;
    private const double MinLinkerRecall = 0.86;

    [Fact]
    public void Should_Link_Labelled_Pairs_With_The_Measured_Precision_And_Recall()
    {
        // Given: every pair's questions after the bank and the seeds.
        var pairs = Pairs();
        var seeds = Directory.Exists(Corpus.Seeds) ? Corpus.SeedQuestions() : [];
        var items = Bank.All.Select(q => LinkItem.For(q.Curated!.Id, q)).Concat(seeds.Select((q, i) => LinkItem.For($"s{i}", q))).ToList();
        var before = items.Count;
        foreach (var (pair, k) in pairs.Select((p, k) => (p, k)))
        {
            items.Add(new LinkItem($"a{k}", pair[1], false));
            items.Add(new LinkItem($"b{k}", pair[2], false));
        }

        // When: curated links are switched off, so only the pair scorer joins imported questions.
        var model = LinkModel.Shipped with { CuratedThreshold = 1.01 };
        var clusters = new DuplicateLinker(encoder: SharedEncoder.Instance, model: model).Link(items);

        // Then
        var (precision, recall) = Measure(pairs, k => clusters[before + (2 * k)] == clusters[before + (2 * k) + 1]);
        output.WriteLine($"{pairs.Count} labelled pairs: precision {precision:F3}, recall {recall:F3} by the pair scorer alone");
        Assert.True(pairs.Count >= 600, "the labelled set should keep at least 600 pairs");
        Assert.True(precision >= MinPrecision, $"precision {precision:F3} fell below {MinPrecision}");
        Assert.True(recall >= MinRecall, $"recall {recall:F3} fell below {MinRecall}");
    }

    [Fact]
    public void Should_Make_One_Card_Of_Labelled_Pairs_Of_Seed_Questions_With_The_Measured_Precision_And_Recall()
    {
        if (!Directory.Exists(Corpus.Seeds))
        {
            Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
            return;
        }

        // Given: the bank and the seeds, as an import of the seeds links them, and the pairs whose both questions are seeds.
        var seeds = Corpus.SeedQuestions();
        var items = Bank.All.Select(q => LinkItem.For(q.Curated!.Id, q)).Concat(seeds.Select((q, i) => LinkItem.For($"s{i}", q))).ToList();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < seeds.Count; s++)
        {
            first.TryAdd(seeds[s].Text, Bank.All.Count + s);
        }

        var pairs = Pairs().Where(p => first.ContainsKey(p[1]) && first.ContainsKey(p[2])).ToList();

        // When
        var clusters = new DuplicateLinker(encoder: SharedEncoder.Instance).Link(items);

        // Then: one card when they are in one cluster, joined directly or through the same curated question.
        var (precision, recall) = Measure(pairs, k => clusters[first[pairs[k][1]]] == clusters[first[pairs[k][2]]]);
        output.WriteLine($"{pairs.Count} labelled pairs of seed questions: precision {precision:F3}, recall {recall:F3} by the whole linker");
        Assert.True(pairs.Count >= 400, "most labelled pairs should be pairs of seed questions");
        Assert.True(precision >= MinLinkerPrecision, $"precision {precision:F3} fell below {MinLinkerPrecision}");
        Assert.True(recall >= MinLinkerRecall, $"recall {recall:F3} fell below {MinLinkerRecall}");
    }

    private static List<string[]> Pairs() =>
        [.. Directory.GetFiles(Path.Combine(Corpus.Fixtures, "dedupe"), "pairs*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Skip(1)).Select(l => l.Split('\t'))];

    private static (double Precision, double Recall) Measure(List<string[]> pairs, Func<int, bool> together)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var k = 0; k < pairs.Count; k++)
        {
            var joined = together(k);
            var same = pairs[k][0] == "1";
            tp += same && joined ? 1 : 0;
            fp += !same && joined ? 1 : 0;
            fn += same && !joined ? 1 : 0;
        }

        return (tp / (double)Math.Max(tp + fp, 1), tp / (double)Math.Max(tp + fn, 1));
    }
}
