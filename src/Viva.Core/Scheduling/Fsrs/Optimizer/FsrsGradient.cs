namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>
/// Replays an item's history under weights <c>w</c> with the formulas of <see cref="FsrsModel"/> and returns the
/// predicted recall of its target together with the exact derivative of that prediction with respect to each weight
/// (forward mode: every state value carries its 21 partial derivatives along). A clamp that bites passes no gradient,
/// as automatic differentiation of the reference model does.
/// </summary>
public static class FsrsGradient
{
    private const int N = FsrsParameters.Count;

    /// <summary>
    /// The recall probability the weights predict for <paramref name="item"/>'s target; when
    /// <paramref name="gradient"/> is not empty it receives dR/dw.
    /// </summary>
    /// <param name="w">The 21 weights, taken as they are (no clipping).</param>
    /// <param name="item">The history and target.</param>
    /// <param name="gradient">Empty, or 21 values to overwrite.</param>
    public static double Predict(ReadOnlySpan<double> w, in TrainingItem item, Span<double> gradient)
    {
        var withGradient = !gradient.IsEmpty;
        Span<double> dS = stackalloc double[N];
        Span<double> dD = stackalloc double[N];
        Span<double> dR = stackalloc double[N];
        Span<double> next = stackalloc double[N];
        var ratings = item.Card.Ratings;
        var elapsed = item.Card.ElapsedDays;

        var (s, d) = Initial(w, ratings[0], dS, dD);
        for (var i = 1; i < item.Length - 1; i++)
        {
            var rating = ratings[i];
            var newS = elapsed[i] == 0
                ? ShortTerm(w, s, rating, dS, next, withGradient)
                : LongTerm(w, s, d, elapsed[i], rating, dS, dD, dR, next, withGradient);
            if (newS is < FsrsModel.MinStability or > FsrsModel.MaxStability)
            {
                newS = Math.Clamp(newS, FsrsModel.MinStability, FsrsModel.MaxStability);
                next.Clear();
            }

            next.CopyTo(dS);
            d = NextDifficulty(w, d, rating, dD, withGradient);
            s = newS;
        }

        var r = Recall(w, item.TargetElapsedDays, s, dS, dR, withGradient);
        if (withGradient)
        {
            dR.CopyTo(gradient);
        }

        return r;
    }

    private static (double S, double D) Initial(ReadOnlySpan<double> w, int rating, Span<double> dS, Span<double> dD)
    {
        dS.Clear();
        dD.Clear();
        var s = w[rating - 1];
        if (s is >= FsrsModel.MinStability and <= FsrsModel.MaxStability)
        {
            dS[rating - 1] = 1;
        }

        var growth = Math.Exp(w[5] * (rating - 1));
        var d = w[4] - growth + 1;
        if (d is > 1 and < 10)
        {
            dD[4] = 1;
            dD[5] = -(rating - 1) * growth;
        }

        return (Math.Clamp(s, FsrsModel.MinStability, FsrsModel.MaxStability), Math.Clamp(d, 1, 10));
    }

    // R = (1 + f·t/S)^(-w20) with f = 0.9^(-1/w20) - 1; fills dR from dS and the direct w20 term.
    private static double Recall(ReadOnlySpan<double> w, double t, double s, ReadOnlySpan<double> dS, Span<double> dR, bool withGradient)
    {
        var decay = w[20];
        var power = Math.Pow(0.9, -1 / decay);
        var f = power - 1;
        var u = 1 + f * t / s;
        var r = Math.Pow(u, -decay);
        if (withGradient)
        {
            var dRdS = decay * r / u * f * t / (s * s);
            var dFdDecay = power * Math.Log(0.9) / (decay * decay);
            for (var j = 0; j < N; j++)
            {
                dR[j] = dRdS * dS[j];
            }

            dR[20] += r * (-Math.Log(u) - decay / u * (t / s) * dFdDecay);
        }

        return r;
    }

    private static double ShortTerm(ReadOnlySpan<double> w, double s, int rating, ReadOnlySpan<double> dS, Span<double> next, bool withGradient)
    {
        var increase = Math.Exp(w[17] * (rating - 3 + w[18])) * Math.Pow(s, -w[19]);
        if (rating >= (int)Rating.Hard && increase < 1)
        {
            dS.CopyTo(next);
            return s;
        }

        var newS = s * increase;
        if (withGradient)
        {
            var viaS = increase * (1 - w[19]);
            for (var j = 0; j < N; j++)
            {
                next[j] = viaS * dS[j];
            }

            next[17] += newS * (rating - 3 + w[18]);
            next[18] += newS * w[17];
            next[19] -= newS * Math.Log(s);
        }

        return newS;
    }

    private static double LongTerm(
        ReadOnlySpan<double> w, double s, double d, double t, int rating,
        ReadOnlySpan<double> dS, ReadOnlySpan<double> dD, Span<double> dR, Span<double> next, bool withGradient)
    {
        var r = Recall(w, t, s, dS, dR, withGradient);
        return rating == (int)Rating.Again
            ? AfterLapse(w, s, d, r, dS, dD, dR, next, withGradient)
            : AfterRecall(w, s, d, r, rating, dS, dD, dR, next, withGradient);
    }

    private static double AfterRecall(
        ReadOnlySpan<double> w, double s, double d, double r, int rating,
        ReadOnlySpan<double> dS, ReadOnlySpan<double> dD, ReadOnlySpan<double> dR, Span<double> next, bool withGradient)
    {
        var multiplier = rating == (int)Rating.Hard ? w[15] : rating == (int)Rating.Easy ? w[16] : 1;
        var plain = Math.Exp(w[8]) * (11 - d) * Math.Pow(s, -w[9]);
        var boost = Math.Exp(w[10] * (1 - r));
        var gain = plain * (boost - 1) * multiplier;
        var newS = s * (1 + gain);
        if (withGradient)
        {
            var bySd = 1 + gain * (1 - w[9]);
            var byR = -s * plain * multiplier * boost * w[10];
            var byD = -s * gain / (11 - d);
            for (var j = 0; j < N; j++)
            {
                next[j] = bySd * dS[j] + byR * dR[j] + byD * dD[j];
            }

            next[8] += s * gain;
            next[9] -= s * gain * Math.Log(s);
            next[10] += s * plain * multiplier * boost * (1 - r);
            if (rating == (int)Rating.Hard)
            {
                next[15] += s * plain * (boost - 1);
            }
            else if (rating == (int)Rating.Easy)
            {
                next[16] += s * plain * (boost - 1);
            }
        }

        return newS;
    }

    private static double AfterLapse(
        ReadOnlySpan<double> w, double s, double d, double r,
        ReadOnlySpan<double> dS, ReadOnlySpan<double> dD, ReadOnlySpan<double> dR, Span<double> next, bool withGradient)
    {
        var grown = Math.Pow(s + 1, w[13]);
        var byDifficulty = Math.Pow(d, -w[12]);
        var byRecall = Math.Exp(w[14] * (1 - r));
        var fresh = w[11] * byDifficulty * (grown - 1) * byRecall;
        var shrink = Math.Exp(-w[17] * w[18]);
        var cap = s * shrink;
        if (!withGradient)
        {
            return Math.Min(fresh, cap);
        }

        if (cap <= fresh)
        {
            for (var j = 0; j < N; j++)
            {
                next[j] = shrink * dS[j];
            }

            next[17] -= w[18] * cap;
            next[18] -= w[17] * cap;
            return cap;
        }

        var bySd = w[11] * byDifficulty * byRecall * w[13] * Math.Pow(s + 1, w[13] - 1);
        var byR = -w[14] * fresh;
        var byD = -w[12] * fresh / d;
        for (var j = 0; j < N; j++)
        {
            next[j] = bySd * dS[j] + byR * dR[j] + byD * dD[j];
        }

        next[11] += byDifficulty * (grown - 1) * byRecall;
        next[12] -= Math.Log(d) * fresh;
        next[13] += w[11] * byDifficulty * byRecall * grown * Math.Log(s + 1);
        next[14] += (1 - r) * fresh;
        return fresh;
    }

    // The damped step then the pull toward the (unclamped) Easy starting difficulty; updates dD in place.
    private static double NextDifficulty(ReadOnlySpan<double> w, double d, int rating, Span<double> dD, bool withGradient)
    {
        var step = -w[6] * (rating - 3);
        var damped = d + step * (10 - d) / 9;
        var easyGrowth = Math.Exp(3 * w[5]);
        var easyStart = w[4] - easyGrowth + 1;
        var newD = w[7] * easyStart + (1 - w[7]) * damped;
        if (newD is <= 1 or >= 10)
        {
            dD.Clear();
            return Math.Clamp(newD, 1, 10);
        }

        if (withGradient)
        {
            var byD = (1 - w[7]) * (1 - step / 9);
            for (var j = 0; j < N; j++)
            {
                dD[j] *= byD;
            }

            dD[4] += w[7];
            dD[5] -= w[7] * 3 * easyGrowth;
            dD[6] -= (1 - w[7]) * (rating - 3) * (10 - d) / 9;
            dD[7] += easyStart - damped;
        }

        return newD;
    }
}
