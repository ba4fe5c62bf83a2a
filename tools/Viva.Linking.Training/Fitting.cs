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

    public static int Run(bool write)
    {
        using var encoder = new MiniLmTextEncoder(threads: Environment.ProcessorCount);
        var data = LinkingData.Load(new CachedTextEncoder(encoder, Corpus.EmbeddingCache));
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);

        var candidates = CuratedFitting.Candidates(data);
        var reachable = candidates.Where(c => c.Right).Select(c => c.Seed).Distinct().Count();
        Console.WriteLine($"curated links: {data.Seeds.Count} seed questions, {candidates.Count} candidates, right answer among the nearest {LinkerOptions.Default.MeaningCandidates} for {reachable}");
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
        Console.WriteLine("  threshold   held out by document (right / wrong / unlinked)   fitted on all");
        // The lowest threshold whose held-out links are at least 95% right: as many questions linked as can be
        // without more than one link in twenty hiding a question behind another's card.
        var best = (Threshold: Thresholds[^1], Value: 0.0);
        foreach (var t in Thresholds)
        {
            var h = CuratedFitting.Count(held, t, data.Seeds.Count);
            var f = CuratedFitting.Count(fitted, t, data.Seeds.Count);
            Console.WriteLine($"  {t,9:F2}   {h.Right,4} / {h.Wrong,3} / {h.Unlinked,3}  ({h.Right / (double)data.Seeds.Count:P1} right)        {f.Right,4} / {f.Wrong,3} / {f.Unlinked,3}");
            if (best.Value == 0 && h.Right >= MinLinkPrecision * (h.Right + h.Wrong))
            {
                best = (t, 1);
            }
        }

        var chosen = CuratedFitting.Count(held, best.Threshold, data.Seeds.Count);
        notes["curated"] = $"{chosen.Right}/{data.Seeds.Count} seed questions linked to a right curated question, {chosen.Wrong} to a wrong one, held out by document (threshold {best.Threshold:F2})";
        Console.WriteLine($"  chosen threshold {best.Threshold:F2}: {notes["curated"]}");
        Console.WriteLine($"  weights: bias {full.Bias:F3}, " + string.Join(", ", LinkFeatures.CuratedNames.Zip(full.Weights, (n, w) => $"{n} {w:F3}")));

        var (pair, pairThreshold, pairNote) = PairFitting.Run(data);
        notes["pairs"] = pairNote;
        foreach (var t in Thresholds.Where(t => Math.Abs(t - best.Threshold) < 0.101))
        {
            var outcomes = HeldOutLinking.Run(data, candidates, t, pair, pairThreshold);
            Console.WriteLine($"  whole linker held out by document at {t:F2}: {HeldOutLinking.Summary(outcomes)}");
            if (t == best.Threshold)
            {
                notes["linker"] = $"whole linker held out by document: {HeldOutLinking.Summary(outcomes)}";
                if (Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") is not null)
                {
                    foreach (var o in outcomes.Where(o => !o.Right).OrderBy(o => o.Linked))
                    {
                        Console.WriteLine($"    {(o.Linked ? "wrong" : "none "),-5} {o.Cluster,-36} want {string.Join(';', data.Gold[o.Seed]),-50} {data.Seeds[o.Seed].Text[..Math.Min(110, data.Seeds[o.Seed].Text.Length)]}");
                    }
                }
            }
        }

        var model = new LinkModel(full, best.Threshold, pair, pairThreshold);
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
