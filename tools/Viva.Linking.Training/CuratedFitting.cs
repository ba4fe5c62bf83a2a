using Viva.Core.Grading;
using Viva.Core.Linking;
using Viva.Core.Semantics;
using Viva.Grading.Training;

namespace Viva.Linking.Training;

/// <summary>
/// Fits the curated-link scorer: every seed question against its nearest curated questions by meaning, labelled
/// by the answer key; the decision links the highest-rated candidate when it clears the threshold. Figures are
/// cross-validated leaving one seed document out at a time.
/// </summary>
public static class CuratedFitting
{
    public sealed record Candidate(int Seed, string Document, string Curated, double[] Features, bool Right);

    public static List<Candidate> Candidates(LinkingData data)
    {
        var heads = Enumerable.Range(0, data.Curated.Count).ToArray();
        var list = new List<Candidate>();
        for (var s = 0; s < data.Seeds.Count; s++)
        {
            var i = data.Curated.Count + s;
            var nearest = Nearest.Top(heads, data.Vectors, data.Vectors[i], LinkerOptions.Default.MeaningCandidates);
            for (var k = 0; k < nearest.Count; k++)
            {
                var (c, cosine) = nearest[k];
                var lead = cosine - (k == 0 ? (nearest.Count > 1 ? nearest[1].Cosine : 0f) : nearest[0].Cosine);
                var id = data.Curated[c].Curated!.Id;
                list.Add(new Candidate(s, data.Seeds[s].Source, id, LinkFeatures.Curated(data.Model, i, c, cosine, lead), data.Gold[s].Contains(id)));
            }
        }

        return list;
    }

    public static LinearScorer Fit(IReadOnlyList<Candidate> candidates, double l2 = 1.0)
    {
        var w = LogisticRegression.Fit([.. candidates.Select(c => c.Features)], [.. candidates.Select(c => c.Right ? 1.0 : 0.0)], [.. candidates.Select(_ => 1.0)], l2);
        return new LinearScorer(w[0], w[1..]);
    }

    /// <summary>For each seed, the chosen curated id and its probability.</summary>
    public static Dictionary<int, (string Id, double P, bool Right)> Decide(IEnumerable<Candidate> candidates, LinearScorer scorer) =>
        candidates.GroupBy(c => c.Seed).ToDictionary(g => g.Key, g =>
        {
            var best = g.Select(c => (c, P: scorer.Probability(c.Features))).MaxBy(t => t.P);
            return (best.c.Curated, best.P, best.c.Right);
        });

    public static (int Right, int Wrong, int Unlinked) Count(IEnumerable<(string Id, double P, bool Right)> decisions, double threshold, int seeds)
    {
        int right = 0, wrong = 0;
        foreach (var d in decisions.Where(d => d.P >= threshold))
        {
            right += d.Right ? 1 : 0;
            wrong += d.Right ? 0 : 1;
        }

        return (right, wrong, seeds - right - wrong);
    }
}
