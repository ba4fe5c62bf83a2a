using Viva.Core.Grading;
using Viva.Core.Linking;
using Viva.Core.Semantics;
using Viva.Grading.Training;

namespace Viva.Linking.Training;

/// <summary>
/// Fits the pair scorer on the labelled pairs (<c>tests/fixtures/dedupe/pairs*.tsv</c>), scored among the seeds' own
/// questions as the linker test does. Folds group pairs by their first question so a question is never on both sides.
/// </summary>
public static class PairFitting
{
    private const int Folds = 5;

    public sealed record Pair(string A, string B, bool Same, double[]? Features);

    public static (LinearScorer Scorer, double Threshold, string Note) Run(LinkingData data)
    {
        var pairs = Load(data);
        var gated = pairs.Where(p => p.Features is not null).ToList();
        Console.WriteLine($"pairs: {pairs.Count} labelled ({pairs.Count(p => p.Same)} same), {gated.Count} pass the word floor ({gated.Count(p => p.Same)} same)");
        var held = new double[pairs.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = pairs.Where((p, k) => p.Features is not null && FoldOf(p) != fold).ToList();
            var scorer = Fit(train);
            for (var k = 0; k < pairs.Count; k++)
            {
                if (FoldOf(pairs[k]) == fold)
                {
                    held[k] = pairs[k].Features is { } f ? scorer.Probability(f) : 0;
                }
            }
        }

        var full = Fit(gated);
        var fitted = pairs.Select(p => p.Features is { } f ? full.Probability(f) : 0).ToArray();
        Console.WriteLine("  threshold   held out: precision / recall      fitted: precision / recall");
        var best = (Threshold: 0.5, F: -1.0);
        for (var t = 0.2; t <= 0.851; t += 0.05)
        {
            var (p, r) = PrecisionRecall(pairs, held, t);
            var (fp, fr) = PrecisionRecall(pairs, fitted, t);
            Console.WriteLine($"  {t,9:F2}   {p:F3} / {r:F3}                   {fp:F3} / {fr:F3}");
            // F0.5: a wrong merge hides a question behind another's card, a missed one only leaves two cards.
            var f = 1.25 * p * r / Math.Max((0.25 * p) + r, 1e-9);
            if (f > best.F)
            {
                best = (t, f);
            }
        }

        var (hp, hr) = PrecisionRecall(pairs, held, best.Threshold);
        var note = $"{pairs.Count} labelled pairs: precision {hp:F3}, recall {hr:F3} held out by question (threshold {best.Threshold:F2})";
        Console.WriteLine($"  chosen threshold {best.Threshold:F2}: {note}");
        Console.WriteLine($"  weights: bias {full.Bias:F3}, " + string.Join(", ", LinkFeatures.PairNames.Zip(full.Weights, (n, w) => $"{n} {w:F3}")));
        if (Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") is not null)
        {
            for (var k = 0; k < pairs.Count; k++)
            {
                if ((held[k] >= best.Threshold) != pairs[k].Same)
                {
                    Console.WriteLine($"    {(pairs[k].Same ? "missed" : "wrong ")} {held[k]:F2}  {pairs[k].A}  |  {pairs[k].B}");
                }
            }
        }

        return (full, best.Threshold, note);
    }

    private static List<Pair> Load(LinkingData data)
    {
        var rows = Directory.GetFiles(Path.Combine(Corpus.Fixtures, "dedupe"), "pairs*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Skip(1)).Select(l => l.Split('\t')).ToList();
        var background = data.Seeds.Select(q => q.Text).ToList();
        string[] texts = [.. background, .. rows.SelectMany(r => new[] { r[1], r[2] })];
        var model = SimilarityModel.Build(texts);
        var vectors = data.Encoder.Encode(texts);
        var floor = LinkerOptions.Default.MeaningPairFloor;
        return [.. rows.Select((r, k) =>
        {
            int a = background.Count + (2 * k), b = a + 1;
            var features = model.Score(a, b) >= floor ? LinkFeatures.Pair(model, a, b, Vectors.Cosine(vectors[a], vectors[b])) : null;
            return new Pair(r[1], r[2], r[0] == "1", features);
        })];
    }

    // A stable hash: string.GetHashCode is seeded per process, which would draw other folds (and another threshold) on every run.
    private static int FoldOf(Pair pair) => (int)(TextHash.Of(pair.A.ToUpperInvariant()) % Folds);

    private static LinearScorer Fit(IReadOnlyList<Pair> pairs)
    {
        var w = LogisticRegression.Fit([.. pairs.Select(p => p.Features!)], [.. pairs.Select(p => p.Same ? 1.0 : 0.0)], [.. pairs.Select(_ => 1.0)], 1.0);
        return new LinearScorer(w[0], w[1..]);
    }

    private static (double Precision, double Recall) PrecisionRecall(IReadOnlyList<Pair> pairs, double[] p, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var k = 0; k < pairs.Count; k++)
        {
            var linked = p[k] >= threshold;
            tp += linked && pairs[k].Same ? 1 : 0;
            fp += linked && !pairs[k].Same ? 1 : 0;
            fn += !linked && pairs[k].Same ? 1 : 0;
        }

        return (tp / (double)Math.Max(tp + fp, 1), tp / (double)Math.Max(tp + fn, 1));
    }
}
