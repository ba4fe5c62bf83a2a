using Viva.Core.Grading;
using Viva.Core.Linking;

namespace Viva.Linking.Training;

/// <summary>
/// What a user sees of the labelled pairs: two imported questions are one card when the whole linker puts them in one
/// cluster, joined directly by the pair scorer or through the same curated question. The linker runs over the curated
/// bank and every seed, as an import of the seeds does; only pairs whose both questions are seed questions can be
/// placed. Held out, both scorers are fitted without every document the pair's questions come from (the curated scorer
/// without those documents' questions, the pair scorer without any pair that touches them), so no model has seen the
/// pair or either question's curated link; the thresholds are those the held-out runs chose.
/// </summary>
public static class HeldOutPairs
{
    public sealed record Outcome(PairFitting.Pair Pair, bool Together, bool ThroughCurated, bool KeyAgrees, string ClusterA, string ClusterB);

    public static List<Outcome> Run(LinkingData data, IReadOnlyList<CuratedFitting.Candidate> candidates, IReadOnlyList<PairFitting.Pair> pairs, LinkModel model, bool heldOut)
    {
        var items = data.Curated.Select(q => LinkItem.For(q.Curated!.Id, q)).Concat(data.Seeds.Select((q, i) => LinkItem.For($"s{i}", q))).ToList();
        var curatedIds = data.Curated.Select(q => q.Curated!.Id).ToHashSet(StringComparer.Ordinal);
        var options = HeldOutLinking.Options;
        var outcomes = new List<Outcome>();
        var groups = heldOut
            ? pairs.Where(p => p.Placed).GroupBy(p => string.Join('|', p.Documents.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            : pairs.Where(p => p.Placed).GroupBy(_ => string.Empty, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var documents = group.First().Documents;
            var linkModel = model;
            if (heldOut)
            {
                var curated = CuratedFitting.Fit([.. candidates.Where(c => !documents.Contains(c.Document))]);
                var pair = PairFitting.Fit([.. pairs.Where(p => p.Features is not null && !p.Documents.Overlaps(documents))]);
                linkModel = model with { Curated = curated, Pair = pair };
            }

            var clusters = new DuplicateLinker(options: options, encoder: data.Encoder, model: linkModel).Link(items);
            foreach (var p in group)
            {
                var a = clusters[data.Curated.Count + p.SeedA];
                var b = clusters[data.Curated.Count + p.SeedB];
                // The answer key may list the curated question both joined for both: then one card answers both as the key
                // reads them, whatever the pair's label says.
                outcomes.Add(new Outcome(p, a == b, a == b && curatedIds.Contains(a), a == b && data.Gold[p.SeedA].Contains(a) && data.Gold[p.SeedB].Contains(a), a, b));
            }
        }

        return outcomes;
    }

    public static string Summary(IReadOnlyList<Outcome> outcomes)
    {
        int tp = outcomes.Count(o => o.Together && o.Pair.Same), fp = outcomes.Count(o => o.Together && !o.Pair.Same);
        int fn = outcomes.Count(o => !o.Together && o.Pair.Same);
        int fpCurated = outcomes.Count(o => o.ThroughCurated && !o.Pair.Same), fpKey = outcomes.Count(o => o.KeyAgrees && !o.Pair.Same);
        return $"{outcomes.Count} pairs of seed questions ({tp + fn} same): precision {tp / (double)Math.Max(tp + fp, 1):F3}, recall {tp / (double)Math.Max(tp + fn, 1):F3}"
            + $" ({tp} right and {fp} wrong merges; {fpCurated} of the wrong ones at a curated question, {fpKey} at one the answer key gives both)";
    }
}
