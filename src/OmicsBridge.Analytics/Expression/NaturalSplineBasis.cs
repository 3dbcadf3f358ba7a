using MathNet.Numerics.LinearAlgebra;

namespace OmicsBridge.Analytics.Expression;

/// <summary>A basis of the natural cubic splines that R's <c>splines::ns(x, df, intercept = TRUE)</c> spans.</summary>
/// <remarks>
/// limma only uses the fitted values of a least-squares fit on <c>ns(...)</c>, which depend on the spanned space,
/// not on the basis; so this builds the truncated-power basis (Hastie, Tibshirani and Friedman, ESL eq. 5.4–5.5)
/// on ns's knots: boundary knots at the range, df - 2 interior knots at type-7 quantiles. x is first mapped to
/// [0, 1], which leaves the space unchanged and keeps the cubes well scaled.
/// </remarks>
internal static class NaturalSplineBasis
{
    public static Matrix<double> Build(double[] x, int df)
    {
        var min = x.Min();
        var max = x.Max();
        var range = max - min;
        var u = x.Select(v => (v - min) / range).ToArray();
        var sorted = u.Order().ToArray();
        var interior = df - 2;
        var knots = new double[interior + 2];
        knots[0] = 0;
        knots[^1] = 1;
        for (var k = 1; k <= interior; k++)
        {
            knots[k] = Quantile7(sorted, (double)k / (interior + 1));
        }

        var last = knots.Length - 1;
        return Matrix<double>.Build.Dense(x.Length, df, (i, c) =>
        {
            var v = u[i];
            return c switch
            {
                0 => 1,
                1 => v,
                _ => D(v, knots, c - 2) - D(v, knots, last - 1),
            };
        });
    }

    private static double D(double x, double[] knots, int k)
    {
        var last = knots[^1];
        return (Cube(x - knots[k]) - Cube(x - last)) / (last - knots[k]);
    }

    private static double Cube(double v) => v > 0 ? v * v * v : 0;

    private static double Quantile7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
