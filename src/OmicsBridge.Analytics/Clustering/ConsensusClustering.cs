using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Clustering;

/// <summary>Consensus clustering (Monti et al. 2003) as ConsensusClusterPlus computes it.</summary>
/// <remarks>
/// Each round draws <see cref="ConsensusOptions.ItemFraction"/> of the observations (all variables), clusters
/// them into k groups, and counts co-clustering; consensus is co-clustered / co-sampled. The CDF of the consensus
/// values and the delta area over k guide the choice of k: pick the k after which the area stops growing markedly.
/// Random draws come from .NET's <see cref="Random"/> with the given seed, so results are reproducible here but are
/// not the same draws as R's.
/// </remarks>
public static class ConsensusClustering
{
    public const int CdfBins = 100;

    public static IReadOnlyList<ConsensusResult> Run(double[,] data, ConsensusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new ConsensusOptions();
        var n = data.GetLength(0);
        var p = data.GetLength(1);
        var drawn = (int)Math.Ceiling(n * options.ItemFraction); // ConsensusClusterPlus: sample(n, ceiling(n * pItem))
        if (options.MaxK < 2 || drawn <= options.MaxK)
        {
            throw OmicsBridgeException.InvalidInput($"ConsensusClustering.Run needs MaxK >= 2 and more drawn observations ({drawn}) than MaxK ({options.MaxK}).");
        }

        var fullDistances = options.PearsonDistance ? Distances.Pearson(data) : Distances.Euclidean(data);
        var random = new Random(options.Seed);
        var together = new double[options.MaxK + 1][,];
        for (var k = 2; k <= options.MaxK; k++)
        {
            together[k] = new double[n, n];
        }

        var sampled = new double[n, n];
        var indices = Enumerable.Range(0, n).ToArray();
        for (var rep = 0; rep < options.Repetitions; rep++)
        {
            random.Shuffle(indices);
            var subset = indices.Take(drawn).Order().ToArray();
            foreach (var i in subset)
            {
                foreach (var j in subset)
                {
                    sampled[i, j]++;
                }
            }

            var sub = new double[drawn, drawn];
            for (var a = 0; a < drawn; a++)
            {
                for (var b = 0; b < drawn; b++)
                {
                    sub[a, b] = fullDistances[subset[a], subset[b]];
                }
            }

            var tree = options.InnerLinkage is { } linkage ? HierarchicalClustering.Cluster(sub, linkage) : null;
            for (var k = 2; k <= options.MaxK; k++)
            {
                int[] labels;
                if (tree is not null)
                {
                    labels = tree.Cut(k);
                }
                else
                {
                    var rows = new double[drawn, p];
                    for (var a = 0; a < drawn; a++)
                    {
                        for (var c = 0; c < p; c++)
                        {
                            rows[a, c] = data[subset[a], c];
                        }
                    }

                    labels = KMeans.Fit(rows, k, random.Next(), starts: 1).Clusters;
                }

                var t = together[k];
                for (var a = 0; a < drawn; a++)
                {
                    for (var b = 0; b < drawn; b++)
                    {
                        if (labels[a] == labels[b])
                        {
                            t[subset[a], subset[b]]++;
                        }
                    }
                }
            }
        }

        var results = new List<ConsensusResult>();
        var previousArea = double.NaN;
        for (var k = 2; k <= options.MaxK; k++)
        {
            var consensus = new double[n, n];
            var distance = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    consensus[i, j] = i == j ? 1 : sampled[i, j] == 0 ? 0 : together[k][i, j] / sampled[i, j];
                    distance[i, j] = 1 - consensus[i, j];
                }
            }

            var clusters = HierarchicalClustering.Cluster(distance, options.FinalLinkage).Cut(k);
            var (cdf, area) = CdfAndArea(consensus);
            var delta = k == 2 ? area : (area - previousArea) / previousArea;
            results.Add(new ConsensusResult(k, consensus, clusters, cdf, area, delta));
            previousArea = area;
        }

        return results;
    }

    /// <summary>ConsensusClusterPlus's <c>CDF</c>: hist of the lower-triangle values on breaks 0, 0.01, … 1, cumulated.</summary>
    public static (double[] Cdf, double Area) CdfAndArea(double[,] consensus)
    {
        ArgumentNullException.ThrowIfNull(consensus);
        var n = consensus.GetLength(0);
        var counts = new double[CdfBins];
        var total = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                // Right-closed bins (a, b], with 0 counted in the first bin (include.lowest).
                var bin = (int)Math.Ceiling(consensus[i, j] * CdfBins - 1e-9) - 1;
                counts[Math.Clamp(bin, 0, CdfBins - 1)]++;
                total++;
            }
        }

        var cdf = new double[CdfBins];
        var running = 0.0;
        var area = 0.0;
        for (var b = 0; b < CdfBins; b++)
        {
            running += counts[b];
            cdf[b] = running / total;
            area += cdf[b] * (1.0 / CdfBins);
        }

        return (cdf, area);
    }
}
