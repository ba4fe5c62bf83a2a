using Viva.Core.Grading;
using Viva.Core.Linking;
using Viva.Core.Semantics;
using Viva.Grading.Training;

namespace Viva.Linking.Training;

/// <summary>
/// Fits the pair scorer on the labelled pairs (<c>tests/fixtures/dedupe/pairs*.tsv</c>), scored among the curated bank
/// and the seeds' own questions as an import does. Folds
/// group pairs by their first question so a question is never on both sides.
/// </summary>
public static class PairFitting
{
    private const int Folds = 5;

    /// <summary>A labelled pair: its features (null below the word floor), and where both are seed questions, their first seeds and every document either comes from.</summary>
    public sealed record Pair(string A, string B, bool Same, double[]? Features, int SeedA, int SeedB, IReadOnlySet<string> Documents)
    {
        public bool Placed => SeedA >= 0 && SeedB >= 0;
    }

    // VIVA_PAIR_DROP=name,name fits without those features (their column is zeroed), to measure what each one adds.
    private static readonly int[] Dropped = [.. (Environment.GetEnvironmentVariable("VIVA_PAIR_DROP") ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => PairFeatures.Names.ToList().IndexOf(n)).Where(k => k >= 0)];

    // VIVA_PAIR_L2=x fits with another penalty (an experiment; 1 ships).
    private static readonly double L2 = double.TryParse(Environment.GetEnvironmentVariable("VIVA_PAIR_L2"), System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : 1.0;

    public static (LinearScorer Scorer, double Threshold, string Note) Run(LinkingData data, IReadOnlyList<Pair> pairs)
    {
        var gated = pairs.Where(p => p.Features is not null).ToList();
        Console.WriteLine($"pairs: {pairs.Count} labelled ({pairs.Count(p => p.Same)} same), {gated.Count} pass the word floor ({gated.Count(p => p.Same)} same)");
        var held = HeldOut(pairs);
        if (Environment.GetEnvironmentVariable("VIVA_PAIR_DUMP") is { } dump)
        {
            // Every pair's features, label and held-out probability, for study.
            File.WriteAllLines(dump, [string.Join('\t', ["label", "held", .. PairFeatures.Names, "a", "b"]),
                .. pairs.Select((p, k) => string.Join('\t', [p.Same ? "1" : "0", held[k].ToString("F3", System.Globalization.CultureInfo.InvariantCulture),
                    .. (p.Features ?? new double[PairFeatures.Names.Count]).Select(f => f.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)), p.A, p.B]))]);
        }

        Console.WriteLine($"  held out by question: average precision {AveragePrecision(pairs, held):F3}, best F0.5 {BestF(pairs, held).F:F3}");
        if (Environment.GetEnvironmentVariable("VIVA_PAIR_ABLATE") is not null)
        {
            // What each feature adds: the held-out figures with its column zeroed.
            foreach (var (name, column) in PairFeatures.Names.Select((n, k) => (n, k)))
            {
                var without = pairs.Select(p => p with { Features = p.Features is { } f ? [.. f.Select((x, k) => k == column ? 0 : x)] : null }).ToList();
                var h = HeldOut(without);
                Console.WriteLine($"    without {name,-26} average precision {AveragePrecision(without, h):F3}, best F0.5 {BestF(without, h).F:F3}");
            }
        }

        var full = Fit(gated);
        var fitted = pairs.Select(p => p.Features is { } f ? full.Probability(f) : 0).ToArray();
        Console.WriteLine("  threshold   held out: precision / recall      fitted: precision / recall");
        for (var t = 0.2; t <= 0.851; t += 0.05)
        {
            var (p, r) = PrecisionRecall(pairs, held, t);
            var (fp, fr) = PrecisionRecall(pairs, fitted, t);
            Console.WriteLine($"  {t,9:F2}   {p:F3} / {r:F3}                   {fp:F3} / {fr:F3}");
        }

        // F0.5: a wrong merge hides a question behind another's card, a missed one only leaves two cards.
        var best = BestF(pairs, held);
        var (hp, hr) = PrecisionRecall(pairs, held, best.Threshold);
        var note = $"{pairs.Count} labelled pairs: precision {hp:F3}, recall {hr:F3} held out by question (threshold {best.Threshold:F2})";
        Console.WriteLine($"  chosen threshold {best.Threshold:F2}: {note}");
        Console.WriteLine($"  weights: bias {full.Bias:F3}, " + string.Join(", ", PairFeatures.Names.Zip(full.Weights, (n, w) => $"{n} {w:F3}")));
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

    public static List<Pair> Load(LinkingData data)
    {
        var rows = Directory.GetFiles(Path.Combine(Corpus.Fixtures, "dedupe"), "pairs*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Skip(1)).Select(l => l.Split('\t')).ToList();
        var seedsByText = Enumerable.Range(0, data.Seeds.Count).ToLookup(s => data.Seeds[s].Text, StringComparer.Ordinal);
        int SeedOf(string text) => seedsByText[text].Select(s => (int?)s).FirstOrDefault() ?? -1;

        // The pairs' own texts follow the curated bank and the seeds, so idf weights and the nearest curated question are
        // those an import of the seeds sees.
        var before = data.Texts.Count;
        LinkItem[] asked = [.. data.Items().Take(data.Curated.Count), .. rows.SelectMany(r => new[] { r[1], r[2] }).Select((t, k) => new LinkItem($"p{k}", t, false))];
        string[] texts = [.. data.Texts, .. DuplicateLinker.TextsToLink(asked).Skip(data.Curated.Count)];
        bool[] curated = [.. texts.Select((_, i) => i < data.Curated.Count)];
        string[] contexts = [.. data.Curated.Select(q => LinkItem.For(q.Curated!.Id, q).Context), .. texts.Skip(data.Curated.Count).Select(_ => string.Empty)];
        var model = SimilarityModel.Build(texts, contexts);
        var embeddings = Embeddings.Of(data.Encoder, texts, curated);
        var heads = Enumerable.Range(0, data.Curated.Count).ToArray();

        // VIVA_PAIR_FLOOR=x measures another word floor (the linker's own ships).
        var floor = float.TryParse(Environment.GetEnvironmentVariable("VIVA_PAIR_FLOOR"), System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : LinkerOptions.Default.MeaningPairFloor;
        return [.. rows.Select((r, k) =>
        {
            int a = before + (2 * k), b = a + 1;
            double[]? features = null;
            if (model.Score(a, b) >= floor)
            {
                var sides = PairSides.For(embeddings, a, b, PairFeatures.NearestCurated(heads, embeddings.Questions, a), PairFeatures.NearestCurated(heads, embeddings.Questions, b));
                features = PairFeatures.Of(model, texts, a, b, sides);
                foreach (var drop in Dropped)
                {
                    features[drop] = 0;
                }
            }

            var documents = seedsByText[r[1]].Concat(seedsByText[r[2]]).Select(s => data.Seeds[s].Source).ToHashSet(StringComparer.Ordinal);
            return new Pair(r[1], r[2], r[0] == "1", features, SeedOf(r[1]), SeedOf(r[2]), documents);
        })];
    }

    /// <summary>Each pair's probability from a scorer fitted on the other folds (0 below the word floor).</summary>
    public static double[] HeldOut(IReadOnlyList<Pair> pairs)
    {
        var held = new double[pairs.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var scorer = Fit([.. pairs.Where(p => p.Features is not null && FoldOf(p) != fold)]);
            for (var k = 0; k < pairs.Count; k++)
            {
                if (FoldOf(pairs[k]) == fold)
                {
                    held[k] = pairs[k].Features is { } f ? scorer.Probability(f) : 0;
                }
            }
        }

        return held;
    }

    // The precision averaged over the rank of every same pair (those below the word floor count as never found).
    private static double AveragePrecision(IReadOnlyList<Pair> pairs, double[] p)
    {
        var order = Enumerable.Range(0, pairs.Count).Where(k => pairs[k].Features is not null).OrderByDescending(k => p[k]).ToList();
        double sum = 0;
        var tp = 0;
        for (var r = 0; r < order.Count; r++)
        {
            if (pairs[order[r]].Same)
            {
                tp++;
                sum += tp / (double)(r + 1);
            }
        }

        return sum / Math.Max(pairs.Count(q => q.Same), 1);
    }

    // The threshold, among those the table prints, with the best F0.5.
    private static (double Threshold, double F) BestF(IReadOnlyList<Pair> pairs, double[] p)
    {
        var best = (Threshold: 0.5, F: -1.0);
        for (var t = 0.2; t <= 0.851; t += 0.05)
        {
            var (precision, recall) = PrecisionRecall(pairs, p, t);
            var f = 1.25 * precision * recall / Math.Max((0.25 * precision) + recall, 1e-9);
            if (f > best.F + 1e-12)
            {
                best = (t, f);
            }
        }

        return best;
    }

    // A stable hash: string.GetHashCode is seeded per process, which would draw other folds (and another threshold) on every run.
    private static int FoldOf(Pair pair) => (int)(TextHash.Of(pair.A.ToUpperInvariant()) % Folds);

    public static LinearScorer Fit(IReadOnlyList<Pair> pairs)
    {
        var w = LogisticRegression.Fit([.. pairs.Select(p => p.Features!)], [.. pairs.Select(p => p.Same ? 1.0 : 0.0)], [.. pairs.Select(_ => 1.0)], L2);
        return new LinearScorer(w[0], w[1..]);
    }

    public static (double Precision, double Recall) PrecisionRecall(IReadOnlyList<Pair> pairs, IReadOnlyList<double> p, double threshold)
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
