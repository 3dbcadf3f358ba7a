using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Clustering;

/// <summary>Principal component analysis of an observations × variables matrix (samples in rows, as prcomp).</summary>
/// <remarks>
/// Small matrices use an exact SVD; large ones the randomized range finder with subspace iteration (Halko et al.
/// 2011, algorithms 4.4 and 5.1), which for the leading components agrees with the exact SVD to rounding when the
/// spectrum has a gap. An omics matrix stored features × samples must be transposed first.
/// </remarks>
public static class Pca
{
    public static PcaResult Fit(double[,] data, int components, PcaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new PcaOptions();
        var n = data.GetLength(0);
        var p = data.GetLength(1);
        var maxComponents = Math.Min(n, p);
        if (n < 2 || components < 1 || components > maxComponents)
        {
            throw OmicsBridgeException.InvalidInput($"Pca.Fit requires 2+ observations and 1..{maxComponents} components; asked for {components}.");
        }

        var a = Matrix<double>.Build.DenseOfArray(data);
        for (var j = 0; j < p; j++)
        {
            var col = a.Column(j);
            var mean = options.Center ? col.Average() : 0;
            var sd = 1.0;
            if (options.Scale)
            {
                var ss = col.Sum(v => (v - col.Average()) * (v - col.Average()));
                sd = Math.Sqrt(ss / (n - 1));
                if (sd == 0)
                {
                    throw OmicsBridgeException.InvalidInput($"Pca.Fit cannot scale variable {j}: it is constant.");
                }
            }

            a.SetColumn(j, col.Subtract(mean).Divide(sd));
        }

        var totalVariance = a.FrobeniusNorm() is var f ? f * f / (n - 1) : 0;
        var randomized = options.Randomized ?? (maxComponents > 300 && components * 5 < maxComponents);
        var (u, s, v) = randomized ? RandomizedSvd(a, components, options) : ExactSvd(a, components);

        var scores = new double[n, components];
        var loadings = new double[p, components];
        var sdev = new double[components];
        var explained = new double[components];
        for (var c = 0; c < components; c++)
        {
            sdev[c] = s[c] / Math.Sqrt(n - 1);
            explained[c] = sdev[c] * sdev[c] / totalVariance;
            for (var i = 0; i < n; i++)
            {
                scores[i, c] = u[i, c] * s[c];
            }

            for (var j = 0; j < p; j++)
            {
                loadings[j, c] = v[j, c];
            }
        }

        return new PcaResult(scores, loadings, sdev, explained, randomized);
    }

    private static (Matrix<double> U, double[] S, Matrix<double> V) ExactSvd(Matrix<double> a, int k)
    {
        var svd = a.Svd(computeVectors: true);
        return (svd.U, svd.S.Take(k).ToArray(), svd.VT.Transpose());
    }

    private static (Matrix<double> U, double[] S, Matrix<double> V) RandomizedSvd(Matrix<double> a, int k, PcaOptions options)
    {
        var l = Math.Min(k + options.Oversampling, Math.Min(a.RowCount, a.ColumnCount));
        var random = new Random(options.Seed);
        var omega = Matrix<double>.Build.Dense(a.ColumnCount, l, (_, _) => Normal.Sample(random, 0, 1));
        var q = (a * omega).QR().Q.SubMatrix(0, a.RowCount, 0, l);
        for (var i = 0; i < options.PowerIterations; i++)
        {
            // Re-orthonormalising after each product keeps small singular directions from drowning in rounding.
            var z = a.TransposeThisAndMultiply(q).QR().Q.SubMatrix(0, a.ColumnCount, 0, l);
            q = (a * z).QR().Q.SubMatrix(0, a.RowCount, 0, l);
        }

        var b = q.TransposeThisAndMultiply(a); // l × p
        var svd = b.Svd(computeVectors: true);
        return (q * svd.U, svd.S.Take(k).ToArray(), svd.VT.Transpose());
    }
}
