using MathNet.Numerics.LinearAlgebra;
using OmicsBridge.Analytics.Clustering;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Integration;

/// <summary>
/// Intermediate integration by Similarity Network Fusion: Wang B, Mezlini AM, Demir F, et al. "Similarity network
/// fusion for aggregating data types on a genomic scale." Nat Methods 11:333–337 (2014), doi:10.1038/nmeth.2810.
/// </summary>
/// <remarks>
/// <para>Computed as SNFtool 2.3 does: each modality is column-standardised (<c>standardNormalization</c>), patient
/// distances are Euclidean (<c>dist2(X, X)^(1/2)</c>), and <c>affinityMatrix(Diff, K, sigma)</c> turns them into a
/// scaled exponential kernel whose width adapts to each pair's mean distance to its K nearest neighbours. SNF then
/// normalises each network (off-diagonal rows sum to 1/2, diagonal 1/2), keeps each patient's K strongest links
/// (<c>.dominateset</c>) and iterates <c>P_v ← S_v (mean of the other P) S_vᵀ</c> for <c>T</c> rounds, averaging at the end.</para>
/// <para>Only patients with every modality (complete cases) enter: SNF needs each patient in every network.
/// Spectral clustering uses the symmetric normalised Laplacian's k leading eigenvectors, row-normalised, then k-means
/// (Ng, Jordan and Weiss 2001); SNFtool's <c>spectralClustering</c> discretises the same eigenvectors instead, so
/// labels can differ on ambiguous patients. Cost O(T · v · n³) for v modalities and n patients.</para>
/// </remarks>
public static class SimilarityNetworkFusion
{
    private const double Eps = 2.220446049250313e-16;

    public static SnfResult Fuse(IReadOnlyList<ModalityBlock> blocks, SnfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        options ??= new SnfOptions();
        if (blocks.Count < 2)
        {
            throw OmicsBridgeException.InvalidInput("SimilarityNetworkFusion.Fuse needs at least two modalities.");
        }

        var patients = blocks.Skip(1).Aggregate(
                (IEnumerable<string>)blocks[0].PatientIds, (set, b) => set.Intersect(b.PatientIds, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        if (patients.Length < 3)
        {
            throw OmicsBridgeException.InvalidInput($"SimilarityNetworkFusion.Fuse needs 3+ patients with every modality; found {patients.Length}.");
        }

        var k = Math.Min(options.Neighbours, patients.Length - 1);
        var networks = blocks.Select(b => Affinity(Distances.Euclidean(Standardize(Select(b, patients))), k, options.Sigma)).ToList();
        var fused = FuseNetworks(networks, k, options.Iterations);
        var (clusters, gap) = Spectral(fused, options.Clusters, options.Seed);
        return new SnfResult(patients, fused.ToArray(), clusters, gap);
    }

    /// <summary>SNFtool's <c>affinityMatrix(Diff, K, sigma)</c> on a distance matrix.</summary>
    public static double[,] Affinity(double[,] distances, int neighbours, double sigma)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.GetLength(0);
        var diff = Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? 0 : (distances[i, j] + distances[j, i]) / 2);
        var means = new double[n];
        var column = new double[n];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++)
            {
                column[i] = diff[i, j];
            }

            Array.Sort(column);

            // sortedColumns[, 1:K + 1]: the K nearest after the zero self-distance.
            double sum = 0;
            var count = 0;
            for (var r = 1; r <= Math.Min(neighbours, n - 1); r++)
            {
                if (double.IsFinite(column[r]))
                {
                    sum += column[r];
                    count++;
                }
            }

            means[j] = (count == 0 ? 0 : sum / count) + Eps;
        }

        var w = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sig = Math.Max(((means[i] + means[j]) / 3) + (diff[i, j] / 3) + Eps, Eps);
                var sd = sigma * sig;
                w[i, j] = Math.Exp(-diff[i, j] * diff[i, j] / (2 * sd * sd)) / (sd * Math.Sqrt(2 * Math.PI));
            }
        }

        // (densities + t(densities)) / 2; the kernel is already symmetric, kept for parity with SNFtool.
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var m = (w[i, j] + w[j, i]) / 2;
                w[i, j] = m;
                w[j, i] = m;
            }
        }

        return w;
    }

    private static Matrix<double> FuseNetworks(List<double[,]> affinities, int k, int iterations)
    {
        var count = affinities.Count;
        var wall = affinities.Select(a => Symmetrize(Normalize(Matrix<double>.Build.DenseOfArray(a)))).ToArray();
        var local = wall.Select(w => DominateSet(w, k)).ToArray();
        var next = new Matrix<double>[count];
        for (var t = 0; t < iterations; t++)
        {
            for (var j = 0; j < count; j++)
            {
                var others = Matrix<double>.Build.Dense(wall[j].RowCount, wall[j].ColumnCount);
                for (var o = 0; o < count; o++)
                {
                    if (o != j)
                    {
                        others += wall[o];
                    }
                }

                next[j] = local[j] * (others / (count - 1)) * local[j].Transpose();
            }

            for (var j = 0; j < count; j++)
            {
                wall[j] = Symmetrize(Normalize(next[j]));
            }
        }

        var fused = wall.Aggregate((a, b) => a + b) / count;
        return Symmetrize(Normalize(fused));
    }

    // SNF's normalize(): off-diagonal row sums become 1/2 and the diagonal 1/2.
    private static Matrix<double> Normalize(Matrix<double> x)
    {
        var n = x.RowCount;
        var result = x.Clone();
        for (var i = 0; i < n; i++)
        {
            var sum = x.Row(i).Sum() - x[i, i];
            if (sum == 0)
            {
                sum = 1;
            }

            for (var j = 0; j < n; j++)
            {
                result[i, j] = x[i, j] / (2 * sum);
            }

            result[i, i] = 0.5;
        }

        return result;
    }

    private static Matrix<double> Symmetrize(Matrix<double> x) => (x + x.Transpose()) / 2;

    // .dominateset(): keep each row's K largest entries, zero the rest, rows rescaled to sum 1.
    private static Matrix<double> DominateSet(Matrix<double> x, int k)
    {
        var n = x.RowCount;
        var result = Matrix<double>.Build.Dense(n, n);
        var order = new int[n];
        var row = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                order[j] = j;
                row[j] = x[i, j];
            }

            Array.Sort((double[])row.Clone(), order);
            double sum = 0;
            for (var r = n - k; r < n; r++)
            {
                sum += row[order[r]];
            }

            for (var r = n - k; r < n; r++)
            {
                result[i, order[r]] = sum == 0 ? 0 : row[order[r]] / sum;
            }
        }

        return result;
    }

    private static (int[] Clusters, int EigenGap) Spectral(Matrix<double> w, int clusters, int seed)
    {
        var n = w.RowCount;
        var degree = w.RowSums().Map(d => d == 0 ? Eps : d);
        var inverseRoot = degree.Map(d => 1 / Math.Sqrt(d));
        var laplacian = Matrix<double>.Build.Dense(n, n, (i, j) => ((i == j ? degree[i] : 0) - w[i, j]) * inverseRoot[i] * inverseRoot[j]);
        var evd = laplacian.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(v => Math.Abs(v.Real)).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        var gapBest = 2;
        var gapMax = double.NegativeInfinity;
        for (var c = 2; c <= Math.Min(10, n - 1); c++)
        {
            var gap = values[order[c]] - values[order[c - 1]];
            if (gap > gapMax)
            {
                gapMax = gap;
                gapBest = c;
            }
        }

        if (clusters <= 0)
        {
            return ([], gapBest);
        }

        if (clusters > n)
        {
            throw OmicsBridgeException.InvalidInput($"SimilarityNetworkFusion: {clusters} clusters asked for {n} patients.");
        }

        var u = new double[n, clusters];
        for (var i = 0; i < n; i++)
        {
            double norm = 0;
            for (var c = 0; c < clusters; c++)
            {
                u[i, c] = evd.EigenVectors[i, order[c]];
                norm += u[i, c] * u[i, c];
            }

            norm = Math.Sqrt(norm);
            for (var c = 0; c < clusters; c++)
            {
                u[i, c] = norm > 0 ? u[i, c] / norm : 0;
            }
        }

        var labels = KMeans.Fit(u, clusters, seed).Clusters;
        return (Renumber(labels), gapBest);
    }

    // 1-based labels numbered by first appearance, so runs compare by value.
    internal static int[] Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        var result = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out var label))
            {
                map[labels[i]] = label = map.Count + 1;
            }

            result[i] = label;
        }

        return result;
    }

    private static double[,] Select(ModalityBlock block, string[] patients)
    {
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < block.PatientIds.Count; i++)
        {
            rowOf[block.PatientIds[i]] = i;
        }

        var filled = KnnImputation.Impute(block.Values);
        var p = block.FeatureIds.Count;
        var result = new double[patients.Length, p];
        for (var i = 0; i < patients.Length; i++)
        {
            var source = rowOf[patients[i]];
            for (var j = 0; j < p; j++)
            {
                result[i, j] = filled[source, j];
            }
        }

        return result;
    }

    // standardNormalization(): each column to mean 0, sd 1 (n - 1); a constant column is left centred (all zeros).
    internal static double[,] Standardize(double[,] x)
    {
        var n = x.GetLength(0);
        var p = x.GetLength(1);
        var result = new double[n, p];
        for (var j = 0; j < p; j++)
        {
            double mean = 0;
            for (var i = 0; i < n; i++)
            {
                mean += x[i, j];
            }

            mean /= n;
            double ss = 0;
            for (var i = 0; i < n; i++)
            {
                ss += (x[i, j] - mean) * (x[i, j] - mean);
            }

            var sd = Math.Sqrt(ss / (n - 1));
            for (var i = 0; i < n; i++)
            {
                result[i, j] = sd > 0 ? (x[i, j] - mean) / sd : x[i, j] - mean;
            }
        }

        return result;
    }
}
