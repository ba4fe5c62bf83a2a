namespace Viva.Grading.Training;

/// <summary>Agreement between predicted and human scores.</summary>
public static class Metrics
{
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Area under the ROC curve: the chance a random positive scores above a random negative (ties count half).</summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var ranked = scores.Select((s, i) => (Score: s, Positive: positive[i])).OrderBy(p => p.Score).ToList();
        double rankSum = 0;
        var i = 0;
        while (i < ranked.Count)
        {
            var j = i;
            while (j < ranked.Count && ranked[j].Score == ranked[i].Score)
            {
                j++;
            }

            var midRank = ((i + 1) + j) / 2.0;
            rankSum += ranked.Skip(i).Take(j - i).Count(p => p.Positive) * midRank;
            i = j;
        }

        double pos = positive.Count(p => p);
        double neg = positive.Count - pos;
        return pos == 0 || neg == 0 ? 0.5 : (rankSum - (pos * (pos + 1) / 2)) / (pos * neg);
    }

    public static double Accuracy(IReadOnlyList<double> probability, IReadOnlyList<bool> positive) =>
        probability.Select((p, i) => p >= 0.5 == positive[i]).Count(b => b) / (double)probability.Count;

    public static double Rmse(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        Math.Sqrt(x.Select((v, i) => (v - y[i]) * (v - y[i])).Average());
}
