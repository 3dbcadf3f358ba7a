using System.Globalization;
using SimdVector = System.Numerics.Vector;
using SimdVectorOfDouble = System.Numerics.Vector<double>;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.BatchCorrection;

/// <summary>
/// ComBat batch correction (Johnson, Li and Rabinovic 2007, Biostatistics 8:118), computed as sva::ComBat does.
/// </summary>
/// <remarks>
/// <para>Input is features × samples (genes in rows, as sva). Steps, each matching sva 3.46 line for line:
/// the design is batch indicators plus the covariates to preserve (an intercept column is dropped); per feature,
/// least squares gives <c>B.hat</c>; the grand mean weights batch coefficients by batch size; the pooled variance is
/// the mean squared residual (divided by n, not n - p, as sva); data are standardised; <c>gamma.hat</c> and
/// <c>delta.hat</c> are batch means and variances of the standardised data; the priors are the method-of-moments
/// fits <c>aprior</c>/<c>bprior</c>; the parametric posterior comes from <c>it.sol</c> (joint stopping rule over
/// all features, with sva's signed relative change) and the non-parametric one from <c>int.eprior</c>.</para>
/// <para>Differences from sva: <c>int.eprior</c> sums likelihoods in log space, which agrees with sva whenever sva's
/// direct product does not underflow and stays finite when it does. Missing values are not supported (sva allows
/// them); the input must be finite. <c>ref.batch</c> is not implemented.</para>
/// <para>Cost: a handful of passes over the matrix plus G × n × p for the regression; the parametric iteration
/// works on per-feature sufficient statistics, so it is O(G) per step. The non-parametric prior is O(G² n).</para>
/// </remarks>
public static class ComBat
{
    /// <summary>Removes batch effects from <paramref name="data"/> (features × samples).</summary>
    /// <exception cref="OmicsBridgeException">Shapes disagree, values are not finite, or a covariate is confounded with batch.</exception>
    public static ComBatResult Adjust(double[,] data, IReadOnlyList<string> batch, ComBatOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(batch);
        options ??= new ComBatOptions();
        var features = data.GetLength(0);
        var samples = data.GetLength(1);
        if (batch.Count != samples)
        {
            throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                $"ComBat.Adjust requires one batch label per sample; found {batch.Count} labels for {samples} samples."));
        }

        var levels = batch.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (levels.Length < 2)
        {
            throw OmicsBridgeException.InvalidInput("ComBat.Adjust requires at least two batches; found " +
                levels.Length.ToString(CultureInfo.InvariantCulture) + ".");
        }

        var batchOf = new int[samples];
        var batchMembers = new List<int>[levels.Length];
        for (var b = 0; b < levels.Length; b++)
        {
            batchMembers[b] = [];
        }

        for (var j = 0; j < samples; j++)
        {
            batchOf[j] = Array.BinarySearch(levels, batch[j], StringComparer.Ordinal);
            batchMembers[batchOf[j]].Add(j);
        }

        var batchIndex = batchMembers.Select(m => m.ToArray()).ToArray();
        var meanOnly = options.MeanOnly || batchIndex.Any(m => m.Length == 1);

        var values = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(data)), data.Length);
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw OmicsBridgeException.InvalidInput("ComBat.Adjust requires finite values; found NaN or infinity.");
            }
        }

        var design = ComBatDesign.Build(batchOf, levels.Length, options.Covariates, samples);
        var keep = FindAdjustableRows(values, features, samples, batchIndex);
        var result = (double[,])data.Clone();

        var iterations = AdjustRows(data, result, samples, keep, design, batchOf, batchIndex, meanOnly, options);
        var skipped = Enumerable.Range(0, features).Except(keep).ToArray();
        return new ComBatResult(result, levels, skipped, meanOnly, iterations);
    }

    // sva drops rows whose variance is exactly zero inside any batch of two or more samples and returns them untouched.
    private static int[] FindAdjustableRows(ReadOnlySpan<double> values, int features, int samples, int[][] batchIndex)
    {
        var keep = new List<int>(features);
        for (var g = 0; g < features; g++)
        {
            var row = values.Slice(g * samples, samples);
            var constant = false;
            foreach (var members in batchIndex)
            {
                if (members.Length < 2)
                {
                    continue;
                }

                var first = row[members[0]];
                var allSame = true;
                for (var i = 1; i < members.Length && allSame; i++)
                {
                    allSame = row[members[i]] == first;
                }

                if (allSame)
                {
                    constant = true;
                    break;
                }
            }

            if (!constant)
            {
                keep.Add(g);
            }
        }

        return [.. keep];
    }

    private static int[] AdjustRows(
        double[,] data, double[,] result, int samples, int[] keep, Matrix<double> design,
        int[] batchOf, int[][] batchIndex, bool meanOnly, ComBatOptions options)
    {
        var nBatch = batchIndex.Length;
        var p = design.ColumnCount;
        var g = keep.Length;

        // Projection (X'X)^-1 X' once, so each row's coefficients are p dot products of length n.
        var proj = design.TransposeThisAndMultiply(design).Inverse().TransposeAndMultiply(design).ToRowMajorArray();
        var covariateColumns = design.ToColumnMajorArray(); // column c at [c * samples, (c + 1) * samples)

        // The output buffer holds the standardised data (s.data) until the last pass, which saves two G × n arrays.
        var varPooled = new double[g];
        var grandMean = new double[g];
        var coefficients = new double[g * p];
        var gammaHat = new double[nBatch * g];
        var deltaHat = new double[nBatch * g];
        var within = new double[nBatch * g]; // sum of squares about the batch mean, reused by it.sol

        // Rows are independent until the priors, so the two heavy passes run in parallel over row blocks.
        var blocks = Math.Max(1, Math.Min(g / 256, Environment.ProcessorCount * 4));
        Parallel.For(0, blocks, block =>
        {
            var values = Flat(data);
            var output = Flat(result);
            var covariatePart = new double[samples];
            var (start, end) = BlockRange(g, blocks, block);
            for (var r = start; r < end; r++)
            {
                var row = values.Slice(keep[r] * samples, samples);
                var coef = coefficients.AsSpan(r * p, p);
                for (var c = 0; c < p; c++)
                {
                    coef[c] = Dot(proj.AsSpan(c * samples, samples), row);
                }

                var grand = 0.0;
                for (var b = 0; b < nBatch; b++)
                {
                    grand += (double)batchIndex[b].Length / samples * coef[b];
                }

                CovariatePart(covariateColumns, coef, nBatch, covariatePart);
                var ss = 0.0;
                for (var j = 0; j < samples; j++)
                {
                    var e = row[j] - coef[batchOf[j]] - covariatePart[j];
                    ss += e * e;
                }

                grandMean[r] = grand;
                varPooled[r] = ss / samples;
                var sd = Math.Sqrt(varPooled[r]);
                var sdata = output.Slice(keep[r] * samples, samples);
                for (var j = 0; j < samples; j++)
                {
                    sdata[j] = (row[j] - grand - covariatePart[j]) / sd;
                }

                for (var b = 0; b < nBatch; b++)
                {
                    var members = batchIndex[b];
                    var sum = 0.0;
                    foreach (var j in members)
                    {
                        sum += sdata[j];
                    }

                    var mean = sum / members.Length;
                    var sq = 0.0;
                    foreach (var j in members)
                    {
                        var d = sdata[j] - mean;
                        sq += d * d;
                    }

                    gammaHat[b * g + r] = mean;
                    within[b * g + r] = sq;
                    deltaHat[b * g + r] = meanOnly ? 1.0 : sq / (members.Length - 1);
                }
            }
        });

        var gammaStar = new double[nBatch * g];
        var deltaStar = new double[nBatch * g];
        var iterations = new List<int>();
        for (var b = 0; b < nBatch; b++)
        {
            var gh = gammaHat.AsSpan(b * g, g);
            var dh = deltaHat.AsSpan(b * g, g);
            var gs = gammaStar.AsSpan(b * g, g);
            var ds = deltaStar.AsSpan(b * g, g);
            var (gammaBar, t2) = MeanAndVariance(gh);
            var n = batchIndex[b].Length;
            if (options.ParametricPrior)
            {
                if (meanOnly)
                {
                    for (var r = 0; r < g; r++)
                    {
                        gs[r] = PosteriorMean(gh[r], gammaBar, 1, 1, t2);
                        ds[r] = 1;
                    }
                }
                else
                {
                    var (m, s2) = MeanAndVariance(dh);
                    var aPrior = (2 * s2 + m * m) / s2;
                    var bPrior = (m * s2 + m * m * m) / s2;
                    iterations.Add(ComBatPosterior.Iterate(gh, dh, within.AsSpan(b * g, g), n, gammaBar, t2, aPrior, bPrior, options.Convergence, gs, ds));
                }
            }
            else
            {
                ComBatPosterior.NonParametric(Flat(result), keep, samples, batchIndex[b], gh, dh, meanOnly, gs, ds);
            }
        }

        Parallel.For(0, blocks, block =>
        {
            var output = Flat(result);
            var covariatePart = new double[samples];
            var scale = new double[nBatch];
            var shift = new double[nBatch];
            var (start, end) = BlockRange(g, blocks, block);
            for (var r = start; r < end; r++)
            {
                var sdata = output.Slice(keep[r] * samples, samples);
                var sd = Math.Sqrt(varPooled[r]);
                for (var b = 0; b < nBatch; b++)
                {
                    scale[b] = sd / Math.Sqrt(deltaStar[b * g + r]);
                    shift[b] = grandMean[r] - gammaStar[b * g + r] * scale[b];
                }

                CovariatePart(covariateColumns, coefficients.AsSpan(r * p, p), nBatch, covariatePart);
                for (var j = 0; j < samples; j++)
                {
                    var b = batchOf[j];
                    sdata[j] = sdata[j] * scale[b] + shift[b] + covariatePart[j];
                }
            }
        });

        return [.. iterations];
    }

    private static Span<double> Flat(double[,] a)
        => MemoryMarshal.CreateSpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(a)), a.Length);

    private static (int Start, int End) BlockRange(int count, int blocks, int block)
        => ((int)((long)count * block / blocks), (int)((long)count * (block + 1) / blocks));

    // The covariate columns' contribution to each sample's fit (zero when there are no covariates).
    private static void CovariatePart(double[] columns, ReadOnlySpan<double> coef, int nBatch, Span<double> result)
    {
        result.Clear();
        var samples = result.Length;
        for (var c = nBatch; c < coef.Length; c++)
        {
            var column = columns.AsSpan(c * samples, samples);
            var k = coef[c];
            for (var j = 0; j < samples; j++)
            {
                result[j] += column[j] * k;
            }
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var i = 0;
        var acc = SimdVectorOfDouble.Zero;
        if (SimdVector.IsHardwareAccelerated)
        {
            var width = SimdVectorOfDouble.Count;
            for (; i <= a.Length - width; i += width)
            {
                acc += new SimdVectorOfDouble(a.Slice(i, width)) * new SimdVectorOfDouble(b.Slice(i, width));
            }
        }

        var sum = SimdVector.Sum(acc);
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    internal static double PosteriorMean(double gammaHat, double gammaBar, double n, double deltaStar, double t2)
        => (t2 * n * gammaHat + deltaStar * gammaBar) / (t2 * n + deltaStar);

    // Mean and sample variance (n - 1), as R's mean() and var().
    internal static (double Mean, double Variance) MeanAndVariance(ReadOnlySpan<double> v)
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
            var d = x - mean;
            ss += d * d;
        }

        return (mean, ss / (v.Length - 1));
    }
}
