using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Expression;

/// <summary>limma's moderated t: <c>lmFit(y, design)</c> then <c>eBayes(fit, trend)</c> (not robust).</summary>
/// <remarks>
/// <para>For count data pass <see cref="LogCpm.Compute"/> output and <c>trend: true</c>: that is limma-trend
/// (log-CPM + moderated t with a prior variance that follows average log expression). voom precision weights are
/// not implemented.</para>
/// <para>The hyperparameters are limma's <c>fitFDist</c>: residual variances are floored at 1e-5 × median;
/// <c>e = log(s²) - digamma(d/2) + log(d/2)</c> is averaged (constant prior) or fitted by least squares on a natural
/// cubic spline of average expression with limma's df (trend); the excess residual variance of e gives
/// <c>df.prior = 2 trigammaInverse(...)</c> and <c>s2.prior</c>. When that excess is not positive df.prior is +∞
/// and s2.prior is mean(s²) (constant) or exp(fitted e) (trend).</para>
/// <para>Input is features × samples; the design is samples × coefficients, full column rank, no missing values.</para>
/// </remarks>
public static class ModeratedTTest
{
    /// <param name="logExpression">Features × samples on the log scale.</param>
    /// <param name="design">Samples × coefficients.</param>
    /// <param name="coefficient">0-based column of <paramref name="design"/> to test.</param>
    /// <param name="trend">limma-trend (<c>eBayes(trend = TRUE)</c>): the prior variance follows average expression.</param>
    public static ModeratedTResult Fit(double[,] logExpression, double[,] design, int coefficient, bool trend = false)
    {
        ArgumentNullException.ThrowIfNull(logExpression);
        ArgumentNullException.ThrowIfNull(design);
        var features = logExpression.GetLength(0);
        var samples = logExpression.GetLength(1);
        var x = Matrix<double>.Build.DenseOfArray(design);
        if (x.RowCount != samples)
        {
            throw OmicsBridgeException.InvalidInput("ModeratedTTest.Fit requires one design row per sample.");
        }

        var p = x.ColumnCount;
        var dfResidual = samples - p;
        if (dfResidual < 1 || x.Rank() < p || coefficient < 0 || coefficient >= p)
        {
            throw OmicsBridgeException.InvalidInput("ModeratedTTest.Fit requires a full-rank design with residual degrees of freedom and a valid coefficient.");
        }

        var xtxInv = x.TransposeThisAndMultiply(x).Inverse();
        var proj = xtxInv.TransposeAndMultiply(x); // p × n
        var unscaled = Math.Sqrt(xtxInv[coefficient, coefficient]);
        var coef = new double[features];
        var ave = new double[features];
        var s2 = new double[features];
        var y = new double[samples];
        var b = new double[p];
        for (var g = 0; g < features; g++)
        {
            var sum = 0.0;
            for (var j = 0; j < samples; j++)
            {
                y[j] = logExpression[g, j];
                sum += y[j];
            }

            ave[g] = sum / samples;
            for (var c = 0; c < p; c++)
            {
                var s = 0.0;
                for (var j = 0; j < samples; j++)
                {
                    s += proj[c, j] * y[j];
                }

                b[c] = s;
            }

            var rss = 0.0;
            for (var j = 0; j < samples; j++)
            {
                var fit = 0.0;
                for (var c = 0; c < p; c++)
                {
                    fit += x[j, c] * b[c];
                }

                rss += (y[j] - fit) * (y[j] - fit);
            }

            coef[g] = b[coefficient];
            s2[g] = rss / dfResidual;
        }

        var (s2Prior, dfPrior) = trend ? FitFDistributionTrend(s2, dfResidual, ave) : FitFDistributionConstant(s2, dfResidual);
        var dfTotal = Math.Min(dfResidual + dfPrior, (double)dfResidual * features);
        var t = new double[features];
        var pv = new double[features];
        for (var g = 0; g < features; g++)
        {
            var post = double.IsPositiveInfinity(dfPrior) ? s2Prior[g] : (dfResidual * s2[g] + dfPrior * s2Prior[g]) / (dfResidual + dfPrior);
            t[g] = coef[g] / unscaled / Math.Sqrt(post);
            pv[g] = 2 * StudentT.CDF(0, 1, dfTotal, -Math.Abs(t[g]));
        }

        return new ModeratedTResult(coef, ave, t, pv, BenjaminiHochberg.Adjust(pv), s2Prior, dfPrior);
    }

    private static (double[] Scale, double Df2) FitFDistributionConstant(double[] variances, double df1)
    {
        var (logScale, df2, meanVariance) = FitFDistribution(variances, df1, null);
        var scale = double.IsPositiveInfinity(df2) ? meanVariance : Math.Exp(logScale[0]);
        return (Enumerable.Repeat(scale, variances.Length).ToArray(), df2);
    }

    private static (double[] Scale, double Df2) FitFDistributionTrend(double[] variances, double df1, double[] averageExpression)
    {
        var (logScale, df2, _) = FitFDistribution(variances, df1, averageExpression);
        return (logScale.Select(Math.Exp).ToArray(), df2);
    }

    // limma fitFDist; returns log(scale) per feature (one value when there is no covariate).
    private static (double[] LogScale, double Df2, double MeanVariance) FitFDistribution(double[] variances, double df1, double[]? covariate)
    {
        if (variances.Any(v => !double.IsFinite(v) || v < -1e-15))
        {
            throw OmicsBridgeException.InvalidInput("ModeratedTTest.Fit requires finite residual variances (no missing values).");
        }

        var n = variances.Length;
        var splineDf = 1;
        if (covariate is not null)
        {
            splineDf = Math.Min(1 + (n >= 3 ? 1 : 0) + (n >= 6 ? 1 : 0) + (n >= 30 ? 1 : 0), covariate.Distinct().Count());
            if (splineDf < 2)
            {
                covariate = null;
                splineDf = 1;
            }
        }

        var x = variances.Select(v => Math.Max(v, 0)).ToArray();
        var m = x.Median();
        if (m == 0)
        {
            m = 1; // limma warns "More than half of residual variances are exactly zero: eBayes unreliable"
        }

        x = x.Select(v => Math.Max(v, 1e-5 * m)).ToArray();
        var half = df1 / 2;
        var e = x.Select(v => Math.Log(v) - SpecialFunctions.DiGamma(half) + Math.Log(half)).ToArray();
        double[] emean;
        double evar;
        if (covariate is null)
        {
            var mean = e.Average();
            emean = [mean];
            evar = e.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        }
        else
        {
            var basis = NaturalSplineBasis.Build(covariate, splineDf);
            var qr = basis.QR();
            var fitted = basis * qr.Solve(Vector<double>.Build.DenseOfArray(e));
            emean = fitted.ToArray();
            evar = e.Select((v, i) => (v - emean[i]) * (v - emean[i])).Sum() / (n - splineDf);
        }

        evar -= Polygamma.Trigamma(half);
        if (evar > 0)
        {
            var df2 = 2 * Polygamma.TrigammaInverse(evar);
            var shift = SpecialFunctions.DiGamma(df2 / 2) - Math.Log(df2 / 2);
            return (emean.Select(v => v + shift).ToArray(), df2, x.Average());
        }

        return (emean, double.PositiveInfinity, x.Average());
    }
}
