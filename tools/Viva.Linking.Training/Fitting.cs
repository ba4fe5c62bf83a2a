using System.Globalization;
using Viva.Core.Grading;
using Viva.Core.Linking;
using Viva.Semantics;

namespace Viva.Linking.Training;

/// <summary>Fits both scorers of the meaning-aware linker, reports cross-validated figures, and with --write ships the model.</summary>
public static class Fitting
{
    private const double MinLinkPrecision = 0.95;

    private static readonly double[] Thresholds = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

    private static readonly double[] LinkerThresholds = [0.25, 0.275, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.475, 0.5, 0.525, 0.55, 0.575, 0.6];

    public static int Run(bool write)
    {
        using var encoder = new MiniLmTextEncoder(threads: Environment.ProcessorCount);
        var data = LinkingData.Load(new CachedTextEncoder(encoder, Corpus.EmbeddingCache));
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);

        var candidates = CuratedFitting.Candidates(data);
        var reachable = candidates.Where(c => c.Right).Select(c => c.Seed).Distinct().Count();
        Console.WriteLine($"curated links: {data.Seeds.Count} seed questions, {candidates.Count} candidates, right answer among the nearest {CuratedFitting.CandidateCount} for {reachable}");
        var documents = candidates.Select(c => c.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        var held = new List<(string Id, double P, bool Right)>();
        foreach (var document in documents)
        {
            var scorer = CuratedFitting.Fit([.. candidates.Where(c => c.Document != document)]);
            held.AddRange(CuratedFitting.Decide(candidates.Where(c => c.Document == document), scorer).Values);
        }

        if (Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") is not null)
        {
            foreach (var document in documents)
            {
                var scorer = CuratedFitting.Fit([.. candidates.Where(c => c.Document != document)]);
                foreach (var (seed, d) in CuratedFitting.Decide(candidates.Where(c => c.Document == document), scorer).Where(d => !d.Value.Right))
                {
                    Console.WriteLine($"    {d.P:F2} {d.Id,-40} want {string.Join(';', data.Gold[seed]),-40} {data.Seeds[seed].Text[..Math.Min(100, data.Seeds[seed].Text.Length)]}");
                }
            }
        }

        var full = CuratedFitting.Fit(candidates);
        var fitted = CuratedFitting.Decide(candidates, full).Values.ToList();
        Console.WriteLine("  threshold   scorer's choice held out by document (right / wrong / unlinked)   fitted on all");
        foreach (var t in Thresholds)
        {
            var h = CuratedFitting.Count(held, t, data.Seeds.Count);
            var f = CuratedFitting.Count(fitted, t, data.Seeds.Count);
            Console.WriteLine($"  {t,9:F2}   {h.Right,4} / {h.Wrong,3} / {h.Unlinked,3}  ({h.Right / (double)data.Seeds.Count:P1} right)        {f.Right,4} / {f.Wrong,3} / {f.Unlinked,3}");
        }

        Console.WriteLine($"  weights: bias {full.Bias:F3}, " + string.Join(", ", LinkFeatures.CuratedNames.Zip(full.Weights, (n, w) => $"{n} {w:F3}")));

        var pairs = PairFitting.Load(data);
        var (pair, pairThreshold, pairNote) = PairFitting.Run(data, pairs);
        notes["pairs"] = pairNote;
        if (Environment.GetEnvironmentVariable("VIVA_FIT_PAIRS_ONLY") is not null)
        {
            return 0;
        }

        // The threshold with the most right held-out links less wrong ones among those whose links are at least 95% right
        // (the highest of a tie, which links fewer wrong): a wrong link hides a question behind another's card, which costs
        // as much as a right one saves, and no more than one link in twenty may do so.
        var best = (Threshold: LinkerThresholds[^1], Outcomes: (List<HeldOutLinking.Outcome>?)null, Right: int.MinValue);
        foreach (var t in LinkerThresholds)
        {
            var outcomes = HeldOutLinking.Run(data, candidates, t, pair, pairThreshold);
            Console.WriteLine($"  whole linker held out by document at {t:F3}: {HeldOutLinking.Summary(outcomes)}");
            var right = outcomes.Count(o => o.Right);
            var wrong = outcomes.Count(o => o.Linked && !o.Right);
            if (right - wrong >= best.Right && right >= MinLinkPrecision * (right + wrong))
            {
                best = (t, outcomes, right - wrong);
            }
        }

        best.Outcomes ??= HeldOutLinking.Run(data, candidates, best.Threshold, pair, pairThreshold);
        notes["curated"] = $"whole linker held out by document: {HeldOutLinking.Summary(best.Outcomes)} (threshold {best.Threshold:F3})";
        Console.WriteLine($"  chosen threshold {best.Threshold:F3}: {notes["curated"]}");
        if (Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") is not null)
        {
            foreach (var o in best.Outcomes.Where(o => !o.Right).OrderBy(o => o.Linked))
            {
                Console.WriteLine($"    {(o.Linked ? "wrong" : "none "),-5} {o.Cluster,-36} want {string.Join(';', data.Gold[o.Seed]),-50} {data.Seeds[o.Seed].Text[..Math.Min(110, data.Seeds[o.Seed].Text.Length)]}");
            }
        }

        var model = new LinkModel(full, best.Threshold, pair, pairThreshold);

        // What a user sees of the labelled pairs: one card or two, whichever way the whole linker joins them.
        var heldPairs = HeldOutPairs.Run(data, candidates, pairs, model, heldOut: true);
        notes["pairs_linker"] = $"whole linker held out by document: {HeldOutPairs.Summary(heldPairs)}";
        Console.WriteLine($"  {notes["pairs_linker"]}");
        Console.WriteLine($"  whole linker fitted on all: {HeldOutPairs.Summary(HeldOutPairs.Run(data, candidates, pairs, model, heldOut: false))}");
        if (Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") is not null)
        {
            foreach (var o in heldPairs.Where(o => o.Together != o.Pair.Same))
            {
                Console.WriteLine($"    {(o.Pair.Same ? "apart " : (o.KeyAgrees ? "joined, key agrees" : o.ThroughCurated ? "joined at curated" : "joined"))}  {o.Pair.A}  |  {o.Pair.B}  [{o.ClusterA}{(o.Together ? "" : " / " + o.ClusterB)}]");
            }
        }

        if (write)
        {
            var path = Path.Combine(Corpus.Root, "src", "Viva.Core", "Linking", "Data", "link-model.json");
            File.WriteAllText(path, model.ToJson(notes));
            Console.WriteLine($"wrote {Path.GetRelativePath(Corpus.Root, path)}");
        }

        return 0;
    }

    public static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
}
