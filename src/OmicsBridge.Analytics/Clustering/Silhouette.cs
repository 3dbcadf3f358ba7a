using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Clustering;

/// <summary>Silhouette widths (Rousseeuw 1987) from a distance matrix and cluster labels, as <c>cluster::silhouette</c>.</summary>
public static class Silhouette
{
    public static SilhouetteResult Compute(double[,] distances, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(labels);
        var n = labels.Count;
        if (distances.GetLength(0) != n || distances.GetLength(1) != n)
        {
            throw OmicsBridgeException.InvalidInput("Silhouette.Compute requires an n × n distance matrix for n labels.");
        }

        var clusters = labels.Distinct().Order().ToArray();
        if (clusters.Length < 2)
        {
            throw OmicsBridgeException.InvalidInput("Silhouette.Compute requires at least two clusters.");
        }

        var index = clusters.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i);
        var counts = new int[clusters.Length];
        foreach (var l in labels)
        {
            counts[index[l]]++;
        }

        var widths = new double[n];
        var neighbors = new int[n];
        var sums = new double[clusters.Length];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sums[index[labels[j]]] += distances[i, j];
                }
            }

            var own = index[labels[i]];
            var b = double.PositiveInfinity;
            var neighbor = -1;
            for (var c = 0; c < clusters.Length; c++)
            {
                if (c != own && sums[c] / counts[c] < b)
                {
                    b = sums[c] / counts[c];
                    neighbor = c;
                }
            }

            neighbors[i] = clusters[neighbor];
            if (counts[own] == 1)
            {
                widths[i] = 0;
                continue;
            }

            var a = sums[own] / (counts[own] - 1);
            widths[i] = (b - a) / Math.Max(a, b);
        }

        return new SilhouetteResult(widths, neighbors, widths.Average());
    }
}
