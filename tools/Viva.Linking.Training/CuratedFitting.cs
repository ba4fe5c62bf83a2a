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

    // VIVA_FIT_DROP=name,name fits without those features (their column is zeroed), to measure what each one adds.
    private static readonly int[] Dropped = [.. (Environment.GetEnvironmentVariable("VIVA_FIT_DROP") ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => LinkFeatures.CuratedNames.ToList().IndexOf(n)).Where(k => k >= 0)];

    // Experiments: VIVA_FIT_CANDIDATES=n weighs n nearest curated questions; VIVA_FIT_L2=x sets the penalty.
    public static int CandidateCount { get; } = int.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_CANDIDATES"), out var n) ? n : LinkerOptions.Default.MeaningCandidates;

    private static readonly double L2 = double.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_L2"), System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : 1.0;

    public static List<Candidate> Candidates(LinkingData data)
    {
        var heads = Enumerable.Range(0, data.Curated.Count).ToArray();
        var list = new List<Candidate>();
        for (var s = 0; s < data.Seeds.Count; s++)
        {
            var i = data.Curated.Count + s;
            var nearest = Nearest.Top(heads, data.Vectors, data.Vectors[i], CandidateCount);
            var features = LinkFeatures.Curated(data.Model, i, nearest, [.. nearest.Select(n => Vectors.Cosine(data.Openings[i], data.Vectors[n.Index]))], data.Texts, LinkFeatures.AnswerCosines(data.Answers, i, nearest), LinkFeatures.AnswerCosines(data.Answers, data.Vectors[i], nearest));
            foreach (var row in features)
            {
                foreach (var drop in Dropped)
                {
                    row[drop] = 0;
                }
            }

            for (var k = 0; k < nearest.Count; k++)
            {
                var id = data.Curated[nearest[k].Index].Curated!.Id;
                list.Add(new Candidate(s, data.Seeds[s].Source, id, features[k], data.Gold[s].Contains(id)));
            }
        }

        return list;
    }

    /// <summary>
    /// Fits the scorer: a logistic regression over every candidate, right or not. VIVA_FIT_RANKING=1 fits it in two
    /// steps instead, a conditional logit (a softmax over each question's candidates, maximising the chance given to
    /// its right ones) whose chosen candidate's score is then turned into a probability by Platt scaling; on the seeds
    /// it chooses no better held out and is calibrated worse, so the plain fit ships.
    /// </summary>
    public static LinearScorer Fit(IReadOnlyList<Candidate> candidates, double? penalty = null)
    {
        var l2 = penalty ?? L2;
        if (Environment.GetEnvironmentVariable("VIVA_FIT_RANKING") is null)
        {
            var w = LogisticRegression.Fit([.. candidates.Select(c => c.Features)], [.. candidates.Select(c => c.Right ? 1.0 : 0.0)], [.. candidates.Select(_ => 1.0)], l2);
            return new LinearScorer(w[0], w[1..]);
        }

        var groups = candidates.GroupBy(c => c.Seed).Select(g => g.ToArray()).Where(g => g.Any(c => c.Right)).ToList();
        var weights = RankingWeights(groups, l2);
        var ranker = new LinearScorer(0, weights);
        var chosen = candidates.GroupBy(c => c.Seed).Select(g => g.MaxBy(c => ranker.Logit(c.Features))!).ToList();
        var platt = LogisticRegression.Fit([.. chosen.Select(c => new[] { ranker.Logit(c.Features) })], [.. chosen.Select(c => c.Right ? 1.0 : 0.0)], [.. chosen.Select(_ => 1.0)], 0.01);
        return new LinearScorer(platt[0], [.. weights.Select(w => w * platt[1])]);
    }

    // Full-batch gradient descent with Adam on the softmax loss −log Σ_right p_k, plus an L2 penalty.
    private static double[] RankingWeights(IReadOnlyList<Candidate[]> groups, double l2)
    {
        var n = groups[0][0].Features.Length;
        var w = new double[n];
        var m = new double[n];
        var v = new double[n];
        const double Rate = 0.05, Beta1 = 0.9, Beta2 = 0.999;
        for (var step = 1; step <= 1500; step++)
        {
            var gradient = new double[n];
            foreach (var group in groups)
            {
                var logits = group.Select(c => Dot(w, c.Features)).ToArray();
                var max = logits.Max();
                var exp = logits.Select(z => Math.Exp(z - max)).ToArray();
                var all = exp.Sum();
                var right = exp.Where((_, k) => group[k].Right).Sum();
                for (var k = 0; k < group.Length; k++)
                {
                    // d(−log(right/all))/dz_k = p_k − [k right]·exp_k/right
                    var g = (exp[k] / all) - (group[k].Right ? exp[k] / right : 0);
                    for (var f = 0; f < n; f++)
                    {
                        gradient[f] += g * group[k].Features[f];
                    }
                }
            }

            for (var f = 0; f < n; f++)
            {
                var g = (gradient[f] / groups.Count) + (l2 * w[f] / groups.Count);
                m[f] = (Beta1 * m[f]) + ((1 - Beta1) * g);
                v[f] = (Beta2 * v[f]) + ((1 - Beta2) * g * g);
                w[f] -= Rate * (m[f] / (1 - Math.Pow(Beta1, step))) / (Math.Sqrt(v[f] / (1 - Math.Pow(Beta2, step))) + 1e-8);
            }
        }

        return w;
    }

    private static double Dot(double[] w, double[] x)
    {
        var z = 0.0;
        for (var f = 0; f < w.Length; f++)
        {
            z += w[f] * x[f];
        }

        return z;
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
