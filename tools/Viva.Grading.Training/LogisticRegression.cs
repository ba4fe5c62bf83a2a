namespace Viva.Grading.Training;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).
/// Targets may be fractions (a 3/5 answer is a 0.6 target), which fits the mean score rather than a class.
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits <c>bias + w·x</c>; returns the bias first, then one weight per feature.</summary>
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, IReadOnlyList<double> sampleWeights, double l2)
    {
        var d = x[0].Length + 1;
        var w = new double[d];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var n = 0; n < x.Count; n++)
            {
                var row = Row(x[n]);
                var p = Sigmoid(Dot(w, row));
                var s = sampleWeights[n];
                for (var i = 0; i < d; i++)
                {
                    gradient[i] += s * (p - y[n]) * row[i];
                    for (var j = 0; j < d; j++)
                    {
                        hessian[i, j] += s * p * (1 - p) * row[i] * row[j];
                    }
                }
            }

            for (var i = 1; i < d; i++)
            {
                gradient[i] += l2 * w[i];
                hessian[i, i] += l2;
            }

            hessian[0, 0] += 1e-9;
            var step = Solve(hessian, gradient);
            var size = 0.0;
            for (var i = 0; i < d; i++)
            {
                w[i] -= step[i];
                size = Math.Max(size, Math.Abs(step[i]));
            }

            if (size < 1e-8)
            {
                break;
            }
        }

        return w;
    }

    public static double Predict(double[] w, double[] x) => Sigmoid(Dot(w, Row(x)));

    private static double[] Row(double[] x) => [1.0, .. x];

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    /// <summary>Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                {
                    pivot = r;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            (v[c], v[pivot]) = (v[pivot], v[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }

                v[r] -= f * v[c];
            }
        }

        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * result[k];
            }

            result[r] = sum / m[r, r];
        }

        return result;
    }
}
