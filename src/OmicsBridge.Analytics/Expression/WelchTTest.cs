using MathNet.Numerics.Distributions;

namespace OmicsBridge.Analytics.Expression;

/// <summary>Welch's unequal-variance t-test, as R's <c>t.test(x, y, var.equal = FALSE)</c>.</summary>
/// <remarks>Needs at least two values per group; when both variances are zero the statistic is NaN, where R stops
/// with "data are essentially constant".</remarks>
public static class WelchTTest
{
    public static TwoGroupTestResult Test(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length < 2 || y.Length < 2)
        {
            return new TwoGroupTestResult(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var (mx, vx) = MeanVariance(x);
        var (my, vy) = MeanVariance(y);
        var sx = vx / x.Length;
        var sy = vy / y.Length;
        var se2 = sx + sy;
        var t = (mx - my) / Math.Sqrt(se2);
        var df = se2 * se2 / (sx * sx / (x.Length - 1) + sy * sy / (y.Length - 1));
        var p = double.IsNaN(t) ? double.NaN : 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        return new TwoGroupTestResult(t, df, p, mx - my);
    }

    internal static (double Mean, double Variance) MeanVariance(ReadOnlySpan<double> v)
    {
        var sum = 0.0;
        foreach (var x in v)
        {
            sum += x;
        }

        var mean = sum / v.Length;
        var ss = 0.0;
        foreach (var x in v)
        {
            ss += (x - mean) * (x - mean);
        }

        return (mean, ss / (v.Length - 1));
    }
}
