using System.Collections.Concurrent;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace OmicsBridge.Analytics.Expression;

/// <summary>Wilcoxon rank-sum (Mann–Whitney) test, two-sided, as R's <c>wilcox.test(x, y)</c>.</summary>
/// <remarks>
/// As R with <c>exact = NULL</c>: the exact null distribution when both groups have fewer than 50 values and
/// there are no ties; otherwise the normal approximation with tie-corrected variance and continuity correction
/// (<c>correct = TRUE</c>). Ranks are mid-ranks for ties.
/// </remarks>
public static class WilcoxonRankSumTest
{
    private const int ExactLimit = 50;

    // Per-feature DE calls this thousands of times with the same group sizes; the null distribution depends on them only.
    private static readonly ConcurrentDictionary<(int, int), double[]> s_uCounts = new();

    public static TwoGroupTestResult Test(ReadOnlySpan<double> x, ReadOnlySpan<double> y, bool correct = true)
    {
        int m = x.Length, n = y.Length;
        if (m == 0 || n == 0)
        {
            return new TwoGroupTestResult(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var all = new double[m + n];
        x.CopyTo(all);
        y.CopyTo(all.AsSpan(m));
        var (ranks, tieTerm) = MidRanks(all);
        var rankSum = 0.0;
        for (var i = 0; i < m; i++)
        {
            rankSum += ranks[i];
        }

        var w = rankSum - m * (m + 1) / 2.0;
        if (m < ExactLimit && n < ExactLimit && tieTerm == 0)
        {
            var counts = s_uCounts.GetOrAdd((m, n), key => UCounts(key.Item1, key.Item2));
            var total = SpecialFunctions.Binomial(m + n, n);
            var q = (int)w;
            double p;
            if (w > m * n / 2.0)
            {
                var upper = 0.0;
                for (var u = q; u < counts.Length; u++)
                {
                    upper += counts[u];
                }

                p = upper / total;
            }
            else
            {
                var lower = 0.0;
                for (var u = 0; u <= q; u++)
                {
                    lower += counts[u];
                }

                p = lower / total;
            }

            return new TwoGroupTestResult(w, double.NaN, Math.Min(1, 2 * p), double.NaN, Exact: true);
        }

        var z = w - m * n / 2.0;
        var sigma = Math.Sqrt(m * (double)n / 12 * (m + n + 1 - tieTerm / ((m + n) * (m + n - 1.0))));
        var correction = correct ? Math.Sign(z) * 0.5 : 0;
        z = (z - correction) / sigma;
        var pNormal = 2 * Math.Min(Normal.CDF(0, 1, z), Normal.CDF(0, 1, -z));
        return new TwoGroupTestResult(w, double.NaN, pNormal, double.NaN);
    }

    // Mid-ranks (R's rank(ties = "average")) and Σ(t³ - t) over tie groups.
    internal static (double[] Ranks, double TieTerm) MidRanks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort(values.ToArray(), order);
        var ranks = new double[values.Length];
        var tieTerm = 0.0;
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]])
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0;
            for (var k = i; k <= j; k++)
            {
                ranks[order[k]] = rank;
            }

            double t = j - i + 1;
            tieTerm += t * t * t - t;
            i = j + 1;
        }

        return (ranks, tieTerm);
    }

    // Number of arrangements giving each Mann–Whitney U in 0..m·n (the frequencies behind R's pwilcox).
    private static double[] UCounts(int m, int n)
    {
        // counts[k][u]: subsets of size k of the items seen so far whose U (rank sum minus k(k+1)/2) is u.
        var maxU = m * n;
        var counts = new double[m + 1, maxU + 1];
        counts[0, 0] = 1;
        for (var item = 1; item <= m + n; item++)
        {
            for (var k = Math.Min(item, m); k >= 1; k--)
            {
                // Adding item (rank 'item') as the k-th chosen raises U by item - k.
                var shift = item - k;
                if (shift > n)
                {
                    continue;
                }

                for (var u = maxU; u >= shift; u--)
                {
                    counts[k, u] += counts[k - 1, u - shift];
                }
            }
        }

        var result = new double[maxU + 1];
        for (var u = 0; u <= maxU; u++)
        {
            result[u] = counts[m, u];
        }

        return result;
    }
}
